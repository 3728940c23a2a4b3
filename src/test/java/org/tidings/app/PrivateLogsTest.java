package org.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.tidings.content.Actor;
import org.tidings.content.Role;
import org.tidings.testing.AdminClient;
import org.tidings.testing.Authenticator;
import org.tidings.testing.CapturedLogs;
import org.tidings.testing.RunningSite;

/**
 * Logs never hold passwords, tokens, session ids, what readers searched for or their addresses,
 * whatever happens: logins good and bad, two-factor enrolment, searches, missing pages and a
 * fault on our side. With --log-client-addresses the fault's line names the client.
 */
class PrivateLogsTest {
    private static final String WRONG_PASSWORD = "wrong-Zebra-417-password";
    private static final String SEARCH_WORD = "quokkaburrow";
    private static final String QUERY_TOKEN = "Tok3nInTheQuery";

    /** Goes through what editors and readers do and returns every secret it met on the way. */
    private static List<String> actLikeEditorsAndReaders(RunningSite site) {
        List<String> secrets = new ArrayList<>(List.of(AdminClient.PASSWORD, WRONG_PASSWORD, SEARCH_WORD, QUERY_TOKEN));
        site.app().admin().accounts().create(Actor.COMMAND_LINE, "editor", Role.EDITOR, AdminClient.PASSWORD);
        AdminClient editor = new AdminClient(site);
        assertThat(editor.logIn("editor", WRONG_PASSWORD).statusCode()).isEqualTo(401);
        assertThat(editor.logIn("editor", AdminClient.PASSWORD).statusCode()).isEqualTo(303);
        secrets.add(editor.csrfToken());

        Document enrolment = editor.page("/admin/account/two-factor/");
        String secret = enrolment.select("#secret").text();
        secrets.add(secret.replace(" ", ""));
        HttpResponse<String> enrolled = editor.submit("/admin/account/two-factor/",
                Map.of("code", new Authenticator(secret).codeAt(Instant.now())));
        assertThat(enrolled.statusCode()).isEqualTo(200);
        secrets.addAll(Jsoup.parse(enrolled.body()).select(".codes code").eachText());
        editor.cookies().getCookieStore().getCookies().stream()
                .filter(cookie -> !cookie.getName().equals("tidings_editor")) // a marker holding no secret: "1"
                .map(HttpCookie::getValue)
                .filter(value -> !value.isEmpty()).forEach(secrets::add);

        assertThat(site.get("/search/?q=" + SEARCH_WORD).statusCode()).isEqualTo(200);
        assertThat(site.get("/no-such-page/?token=" + QUERY_TOKEN).statusCode()).isEqualTo(404);
        // Writing the audit log fails on our side, with the client's address among the statement's arguments.
        lose(site, "audit_log");
        assertThat(new AdminClient(site).logIn("editor", WRONG_PASSWORD).statusCode()).isEqualTo(500);
        lose(site, "posts");
        HttpResponse<String> fault = site.send(HttpRequest.newBuilder(URI.create(site.baseUrl() + "/?token=" + QUERY_TOKEN))
                .header("Cookie", "tidings_session=" + secrets.getLast()).GET().build());
        assertThat(fault.statusCode()).isEqualTo(500);
        return secrets;
    }

    /** Renames {@code table} away, so pages that need it fail on our side. */
    private static void lose(RunningSite site, String table) {
        site.app().stores().database().jdbi()
                .useHandle(handle -> handle.execute("ALTER TABLE " + table + " RENAME TO " + table + "_lost"));
    }

    @Test
    void logsHoldNoSecretsAndNoAddresses() {
        String logged;
        List<String> secrets;
        try (CapturedLogs logs = CapturedLogs.start(); RunningSite site = RunningSite.start()) {
            secrets = actLikeEditorsAndReaders(site);
            logged = logs.text();
        }
        assertThat(logged).as("the faults are logged, with their paths and statements").contains("GET / failed")
                .contains("POST /admin/login/ failed").contains("INSERT INTO audit_log");
        assertThat(secrets).hasSizeGreaterThanOrEqualTo(15);
        for (String secret : secrets) {
            assertThat(logged).as("a secret").doesNotContain(secret);
        }
        assertThat(logged).doesNotContain("127.0.0.1").doesNotContain("0:0:0:0:0:0:0:1");
    }

    @Test
    void whenTheOperatorAsksTheFaultsLineNamesTheClient() {
        Observability naming = new Observability(AddressRanges.NONE, true);
        try (CapturedLogs logs = CapturedLogs.start();
                RunningSite site = RunningSite.observed(TrustedProxies.NONE, naming)) {
            lose(site, "posts");
            assertThat(site.get("/").statusCode()).isEqualTo(500);
            assertThat(logs.text()).contains("GET / from 127.0.0.1 failed");
        }
    }
}
