package org.tidings.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tidings.testing.LocationHost;

class SafeRedirectTest {

    @Test
    void ourOwnPathsGoOutUnchanged() {
        for (String path : List.of("/", "/category/refugees/", "/category/refugees/page/2/", "/2024/05/01/a-post/",
                "/category/%ED%83%88%EB%B6%81%EC%9E%90/", "/admin/posts/12/?saved", "/admin/login/?logged-out",
                "/admin/login/?next=%2Fadmin%2Fposts%2F", "/feed/", "/assets/site.css", "/search/?q=a+b")) {
            assertThat(SafeRedirect.location(path)).isEqualTo(path);
        }
    }

    @Test
    void anythingElseBecomesAPathHere() {
        for (String target : List.of("//evil.example/", "/\\evil.example", "\\\\evil.example", "/%2f/evil.example",
                "/%5C%5Cevil.example", "\t//evil.example", "/\t/evil.example", "/\n/evil.example", " //evil.example",
                "/.%2e/%2fevil.example", "/%2e%2e/%2e%2e//evil.example", "https://evil.example/", "http:evil.example",
                "evil.example", "", "/a/../../..//evil.example", "//evil.example?next=//x", "/%00//evil.example")) {
            String location = SafeRedirect.location(target);
            assertThat(LocationHost.of(location, "here")).as(target + " -> " + location).isEqualTo("here");
            assertThat(location).as(target).startsWith("/").doesNotStartWith("//").doesNotContain("\\", "\t", "\n", " ");
        }
        assertThat(SafeRedirect.location("//Evil.example/a/./b/../c/")).isEqualTo("/Evil.example/a/c/");
        assertThat(SafeRedirect.location("/a b/é?q=<x>")).isEqualTo("/a%20b/%C3%A9?q=%3Cx%3E");
    }

    // A handler's redirect or Location header; reading a Location (the feed fetcher) is not answering one.
    private static final Pattern ANSWERS_A_REDIRECT = Pattern.compile(
            "\\bctx\\.redirect\\(|\\.header\\(\\s*(\"Location\"|(Http)?Header\\.LOCATION)|setHeader\\(\\s*(\"Location\"|(Http)?Header\\.LOCATION)");

    /** So no handler can build an off-site Location: the redirect calls and the header live in SafeRedirect alone. */
    @Test
    void everyRedirectGoesThroughSafeRedirect() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.endsWith("SafeRedirect.java"))
                    .filter(f -> {
                        String source = read(f);
                        return ANSWERS_A_REDIRECT.matcher(source).find();
                    })
                    .map(Path::toString).toList();
            assertThat(offenders).isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
