package org.tidings.curation.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.content.TidingsException;

class OpmlTest {

    @Test
    void readsFeedsFromNestedFoldersOnce() {
        String opml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="1.0"><head><title>Subscriptions</title></head><body>
                  <outline text="Korea">
                    <outline text="Yonhap" title="Yonhap News" type="rss" xmlUrl="https://en.yna.co.kr/RSS/news.xml"
                             htmlUrl="https://en.yna.co.kr/"/>
                    <outline text="Deeper"><outline text="Daily NK" xmlurl="https://www.dailynk.com/english/feed/"/></outline>
                  </outline>
                  <outline text="Reuters &amp; co" xmlUrl="https://reuters.example/world.rss"/>
                  <outline text="Duplicate" xmlUrl="https://en.yna.co.kr/RSS/news.xml"/>
                  <outline text="Folder without feed"/>
                </body></opml>
                """;

        List<OpmlFeed> feeds = Opml.read(opml.getBytes(StandardCharsets.UTF_8));

        assertThat(feeds).containsExactly(
                new OpmlFeed("Yonhap News", "https://en.yna.co.kr/RSS/news.xml", "https://en.yna.co.kr/"),
                new OpmlFeed("Daily NK", "https://www.dailynk.com/english/feed/", null),
                new OpmlFeed("Reuters & co", "https://reuters.example/world.rss", null));
    }

    @Test
    void whatItWritesItReadsBack() {
        List<OpmlFeed> feeds = List.of(
                new OpmlFeed("연합뉴스 \"속보\" & <more>", "https://www.yna.co.kr/rss/news.xml?a=1&b=2",
                        "https://www.yna.co.kr/"),
                new OpmlFeed(null, "https://outlet.example/feed/", null));

        byte[] written = Opml.write("Tidings outlets", feeds);

        assertThat(new String(written, StandardCharsets.UTF_8)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<opml version=\"2.0\">").contains("<title>Tidings outlets</title>");
        assertThat(Opml.read(written)).containsExactly(feeds.get(0),
                new OpmlFeed("https://outlet.example/feed/", "https://outlet.example/feed/", null));
    }

    @Test
    void entitiesAreNeverResolvedAndOtherFilesAreRefused() {
        String hostile = """
                <?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <opml><body><outline text="&x;" xmlUrl="https://outlet.example/feed/"/></body></opml>
                """;

        assertThat(Opml.read(hostile.getBytes(StandardCharsets.UTF_8)).getFirst().title()).doesNotContain("root:");
        assertThatThrownBy(() -> Opml.read("<html><body>no</body></html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(TidingsException.class)
                .hasMessage("This is not an OPML file: it has no <opml> element");
    }
}
