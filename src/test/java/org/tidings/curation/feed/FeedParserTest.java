package org.tidings.curation.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedParserTest {
    private static final String FEED_URL = "https://outlet.example/feed/";

    @Test
    void readsAnRssItemIntoTheModel() {
        ParsedFeed feed = parse("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel><title>Outlet &amp; Co</title><link>https://outlet.example/</link><ttl>30</ttl>
                <language>ko</language>
                <item>
                  <title>North Korea &amp;amp; the &lt;b&gt;border&lt;/b&gt;</title>
                  <link>/news/1?utm_source=rss</link>
                  <guid isPermaLink="false">item-1</guid>
                  <description><![CDATA[<p>First <a href="/more">paragraph</a>.</p><script>alert(1)</script>]]></description>
                  <dc:creator>Jane Reporter</dc:creator>
                  <pubDate>Tue, 01 Dec 2026 09:30:00 +0900</pubDate>
                  <category>Refugees</category><category>Border</category><category>Refugees</category>
                </item>
                </channel></rss>
                """);

        assertThat(feed.title()).isEqualTo("Outlet & Co");
        assertThat(feed.siteUrl()).isEqualTo("https://outlet.example/");
        assertThat(feed.ttlMinutes()).isEqualTo(30);
        ParsedItem item = feed.items().getFirst();
        assertThat(item.guid()).isEqualTo("item-1");
        assertThat(item.url()).isEqualTo("https://outlet.example/news/1?utm_source=rss");
        assertThat(item.title()).isEqualTo("North Korea & the border");
        assertThat(item.summaryHtml().html())
                .contains("<a href=\"https://outlet.example/more\"").doesNotContain("script").doesNotContain("alert");
        assertThat(item.author()).isEqualTo("Jane Reporter");
        assertThat(item.published()).isEqualTo(Instant.parse("2026-12-01T00:30:00Z"));
        assertThat(item.lang()).isEqualTo("ko");
        assertThat(item.categories()).containsExactly("Refugees", "Border");
    }

    @Test
    void readsAtomWithTextAndHtmlParts() {
        ParsedFeed feed = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
                  <title type="text">Atom &lt;outlet&gt;</title>
                  <link rel="alternate" href="https://outlet.example/"/>
                  <entry>
                    <id>tag:outlet.example,2026:1</id>
                    <title type="html">Talks &lt;em&gt;resume&lt;/em&gt;</title>
                    <link rel="alternate" href="https://outlet.example/a/1"/>
                    <author><name>Kim</name></author>
                    <published>2026-11-30T08:00:00Z</published>
                    <updated>2026-11-30T09:00:00Z</updated>
                    <summary type="text">Line one &amp; <two></summary>
                    <content type="html">&lt;p&gt;Body&lt;/p&gt;</content>
                    <category term="diplomacy"/>
                  </entry>
                </feed>
                """.replace("<two>", "&lt;two&gt;"));

        assertThat(feed.title()).isEqualTo("Atom <outlet>");
        ParsedItem item = feed.items().getFirst();
        assertThat(item.guid()).isEqualTo("tag:outlet.example,2026:1");
        assertThat(item.title()).isEqualTo("Talks resume");
        assertThat(item.summaryHtml().html()).isEqualTo("<p>Line one &amp; &lt;two&gt;</p>");
        assertThat(item.contentHtml().html()).isEqualTo("<p>Body</p>");
        assertThat(item.author()).isEqualTo("Kim");
        assertThat(item.published()).isEqualTo(Instant.parse("2026-11-30T08:00:00Z"));
        assertThat(item.updated()).isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
        assertThat(item.categories()).containsExactly("diplomacy");
    }

    @Test
    void remoteImagesBecomeLinksSoNoReaderContactsTheOutlet() {
        ParsedFeed feed = parse("""
                <rss version="2.0"><channel><title>t</title><link>https://outlet.example/</link>
                <item><title>i</title><link>https://outlet.example/a/1</link>
                <description><![CDATA[<p>Before <img src="https://cdn.outlet.example/pic.jpg" alt="The border"> after
                <img src="/tracker.gif"><a href="/x"><img src="https://cdn.outlet.example/in-link.png" alt="Inside"></a>
                <img src="data:image/png;base64,AAAA"></p>]]></description></item></channel></rss>
                """);

        String html = feed.items().getFirst().summaryHtml().html();
        assertThat(html).doesNotContain("<img").doesNotContain("data:image");
        assertThat(html).contains("<a href=\"https://cdn.outlet.example/pic.jpg\"")
                .contains(">Image: The border</a>")
                .contains("<a href=\"https://outlet.example/tracker.gif\"")
                .contains("[Image: Inside]");
    }

    @Test
    void aDoctypeAndItsEntitiesAreNeverResolved(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [
                  <!ENTITY xxe SYSTEM "%s">
                  <!ENTITY lol "lollollollollollollollollollol">
                  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                ]>
                <rss version="2.0"><channel><title>t &xxe;</title>
                <item><title>a &lol2;</title><description>&xxe;</description></item></channel></rss>
                """.formatted(secret.toUri());

        ParsedFeed feed = parse(xml);

        assertThat(feed.toString()).doesNotContain("TOP-SECRET").doesNotContain("lollol");
        assertThat(feed.items()).hasSize(1);
    }

    @Test
    void theEncodingComesFromTheHttpHeaderWhenTheDocumentIsSilent() {
        byte[] korean = "<rss version=\"2.0\"><channel><title>탈북자 소식</title></channel></rss>"
                .getBytes(Charset.forName("EUC-KR"));

        ParsedFeed feed = FeedParser.parse(FEED_URL, korean, "application/rss+xml; charset=EUC-KR");

        assertThat(feed.title()).isEqualTo("탈북자 소식");
    }

    @Test
    void aUtf8DeclarationWinsOverTextXmlWithoutCharset() {
        byte[] utf8 = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>탈북자 “소식”</title></channel></rss>"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(FeedParser.parse(FEED_URL, utf8, "text/xml").title()).isEqualTo("탈북자 “소식”");
        assertThat(FeedParser.parse(FEED_URL, utf8, "text/html; charset=ISO-8859-1").title()).isEqualTo("탈북자 “소식”");
        assertThat(FeedParser.parse(FEED_URL, utf8, null).title()).isEqualTo("탈북자 “소식”");
    }

    @Test
    void controlCharactersThatXmlForbidsAreDropped() {
        ParsedFeed feed = parse("<rss version=\"2.0\"><channel><title>a\u0001b&#x0B;c\u0092d</title></channel></rss>");

        assertThat(feed.title()).isEqualTo("abc\u2019d");
    }

    @Test
    void readsJsonFeed() {
        ParsedFeed feed = FeedParser.parse(FEED_URL, """
                \uFEFF{"version": "https://jsonfeed.org/version/1.1", "title": "JSON outlet",
                 "home_page_url": "https://outlet.example/", "language": "en",
                 "authors": [{"name": "Desk"}],
                 "items": [
                  {"id": 7, "url": "/j/7", "title": "Seven", "content_html": "<p>Hi <img src='/i.png'></p>",
                   "summary": "Short", "date_published": "2026-11-29T10:00:00+09:00", "tags": ["a", "b"]},
                  {"id": "8", "content_text": "Para one\\n\\nPara <two>", "authors": [{"name": "Lee"}],
                   "language": "ko"}
                 ]}
                """.getBytes(StandardCharsets.UTF_8), "application/feed+json");

        assertThat(feed.title()).isEqualTo("JSON outlet");
        ParsedItem seven = feed.items().get(0);
        assertThat(seven.guid()).isEqualTo("7");
        assertThat(seven.url()).isEqualTo("https://outlet.example/j/7");
        assertThat(seven.contentHtml().html()).doesNotContain("<img").contains("https://outlet.example/i.png");
        assertThat(seven.summaryHtml().html()).isEqualTo("<p>Short</p>");
        assertThat(seven.published()).isEqualTo(Instant.parse("2026-11-29T01:00:00Z"));
        assertThat(seven.author()).isEqualTo("Desk");
        assertThat(seven.categories()).containsExactly("a", "b");
        ParsedItem eight = feed.items().get(1);
        assertThat(eight.contentHtml().html()).isEqualTo("<p>Para one</p><p>Para &lt;two&gt;</p>");
        assertThat(eight.author()).isEqualTo("Lee");
        assertThat(eight.lang()).isEqualTo("ko");
        assertThat(seven.lang()).isEqualTo("en");
    }

    @Test
    void whatIsNoFeedIsRefusedNamingTheFeed() {
        assertThatThrownBy(() -> parse("<html><body>Not a feed</body></html>"))
                .isInstanceOf(FeedParseException.class)
                .hasMessage("The feed " + FEED_URL + " cannot be read: it is XML but not RSS or Atom "
                        + "(its root element is <html>)");
        assertThatThrownBy(() -> parse("   "))
                .hasMessage("The feed " + FEED_URL + " cannot be read: it is empty");
        assertThatThrownBy(() -> FeedParser.parse(FEED_URL, "{\"items\": [".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(FeedParseException.class)
                .hasMessageStartingWith("The feed " + FEED_URL + " cannot be read: it is not valid JSON");
        assertThatThrownBy(() -> FeedParser.parse(FEED_URL, "{\"a\": 1}".getBytes(StandardCharsets.UTF_8), null))
                .hasMessage("The feed " + FEED_URL + " cannot be read: it is JSON but not a JSON Feed (no \"items\" list)");
    }

    @Test
    void brokenXmlIsMendedRatherThanLost() {
        ParsedFeed feed = parse("""
                <rss version="2.0"><channel><title>Broken &doesnotexist; feed</title>
                <item><title>One</title><link>https://outlet.example/1</link><description>open <b>bold
                </item></channel>
                """);

        assertThat(feed.title()).isEqualTo("Broken &doesnotexist; feed");
        assertThat(feed.items()).extracting(ParsedItem::title).containsExactly("One");
    }

    @Test
    void itemsWithoutIdOrLinkStillGetAStableGuid() {
        String xml = "<rss version=\"2.0\"><channel><title>t</title><item><title>No id</title>"
                + "<description>text</description></item></channel></rss>";

        String first = parse(xml).items().getFirst().guid();

        assertThat(first).startsWith("urn:sha256:").isEqualTo(parse(xml).items().getFirst().guid());
    }

    private static ParsedFeed parse(String xml) {
        return FeedParser.parse(FEED_URL, xml.getBytes(StandardCharsets.UTF_8), null);
    }
}
