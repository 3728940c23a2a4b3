package org.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.testing.RawHttp;
import org.tidings.testing.RunningSite;

/**
 * A site served over HTTPS (an https base URL, TLS ended by a proxy in front) tells browsers
 * never to use plain HTTP for it again, on every answer: pages, cached pages, redirects, errors,
 * and the answers Jetty gives on its own to requests it cannot read.
 */
class StrictTransportSecurityTest {
    private static final String ONE_YEAR = "max-age=31536000";
    private static RunningSite https;
    private static RunningSite httpsWithSubdomains;
    private static RunningSite plain;

    @BeforeAll
    static void start() {
        https = RunningSite.at("https://news.example", false);
        httpsWithSubdomains = RunningSite.at("https://news.example", true);
        plain = RunningSite.start();
    }

    @AfterAll
    static void stop() {
        https.close();
        httpsWithSubdomains.close();
        plain.close();
    }

    /** Requests Jetty answers itself, before any handler of ours runs. */
    private static Map<Integer, String> unreadableRequests(RunningSite site) {
        String host = "Host: 127.0.0.1:" + site.app().port() + "\r\n";
        return Map.of(
                400, "GET /a b c HTTP/1.1\r\n" + host + "\r\n",
                414, "GET /" + "a".repeat(70_000) + " HTTP/1.1\r\n" + host + "\r\n",
                431, "GET / HTTP/1.1\r\n" + host + "X-Padding: " + "a".repeat(70_000) + "\r\n\r\n");
    }

    @Test
    void everyKindOfAnswerCarriesHstsOverHttps() {
        RawHttp http = RawHttp.to(https);
        for (String path : List.of("/", "/", "/no-such-page/", "/Category/", "/assets/site.css", "/feed/",
                "/admin/login/", "/admin/")) {
            RawHttp.Response answer = http.get(path);
            assertThat(answer.header("Strict-Transport-Security")).as(path + " " + answer.status()).hasValue(ONE_YEAR);
        }
    }

    @Test
    void jettysOwnErrorAnswersCarryHstsAndOurOtherHeaders() {
        unreadableRequests(https).forEach((status, request) -> {
            RawHttp.Response answer = RawHttp.to(https).exchange(request);
            assertThat(answer.status()).isEqualTo(status);
            assertThat(answer.header("Strict-Transport-Security")).as(status + "").hasValue(ONE_YEAR);
            assertThat(answer.header("Content-Security-Policy")).as(status + "").hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
            assertThat(answer.header("X-Content-Type-Options")).as(status + "").hasValue("nosniff");
            assertThat(answer.header("X-Frame-Options")).as(status + "").hasValue("DENY");
            assertThat(answer.header("Referrer-Policy")).as(status + "").hasValue("no-referrer");
        });
    }

    @Test
    void subdomainsAreIncludedOnlyWhenAsked() {
        assertThat(RawHttp.to(httpsWithSubdomains).get("/").header("Strict-Transport-Security"))
                .hasValue(ONE_YEAR + "; includeSubDomains");
        unreadableRequests(httpsWithSubdomains).forEach((status, request) ->
                assertThat(RawHttp.to(httpsWithSubdomains).exchange(request).header("Strict-Transport-Security"))
                        .as(status + "").hasValue(ONE_YEAR + "; includeSubDomains"));
    }

    @Test
    void aPlainHttpSiteSendsNoHstsButStillItsOtherHeaders() {
        RawHttp http = RawHttp.to(plain);
        for (String path : List.of("/", "/", "/no-such-page/", "/admin/login/")) {
            assertThat(http.get(path).header("Strict-Transport-Security")).as(path).isEmpty();
        }
        unreadableRequests(plain).forEach((status, request) -> {
            RawHttp.Response answer = http.exchange(request);
            assertThat(answer.status()).isEqualTo(status);
            assertThat(answer.header("Strict-Transport-Security")).isEmpty();
            assertThat(answer.header("Content-Security-Policy")).as(status + "").hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
        });
    }
}
