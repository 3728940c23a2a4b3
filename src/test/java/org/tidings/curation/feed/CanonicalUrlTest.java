package org.tidings.curation.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalUrlTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "HTTPS://WWW.Outlet.Example/News/Article?id=7 | https://www.outlet.example/News/Article?id=7",
            "https://outlet.example:443/a | https://outlet.example/a",
            "http://outlet.example:80/a | http://outlet.example/a",
            "http://outlet.example:8080/a | http://outlet.example:8080/a",
            "https://outlet.example | https://outlet.example/",
            "https://outlet.example/a#comments | https://outlet.example/a",
            "https://outlet.example/a?utm_source=rss&utm_medium=feed&UTM_Campaign=x | https://outlet.example/a",
            "https://outlet.example/a?b=2&fbclid=IwAR0&a=1&gclid=x | https://outlet.example/a?b=2&a=1",
            "https://outlet.example/a?mc_cid=1&mc_eid=2&igshid=3&ref_src=twsrc | https://outlet.example/a",
            "https://outlet.example/a?z=1&y=2 | https://outlet.example/a?z=1&y=2",
            "https://outlet.example./a | https://outlet.example/a",
            "https://[2001:DB8::1]:443/a | https://[2001:db8::1]/a",
            "'  https://outlet.example/a  ' | https://outlet.example/a",
            "not a url | not a url",
            "/relative/path?utm_source=x | /relative/path?utm_source=x",
    })
    void canonicalForm(String url, String expected) {
        assertThat(CanonicalUrl.of(url)).isEqualTo(expected);
    }
}
