package org.tidings.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tidings.testing.XssPayloads;

/** What an editor gets from one page: the story's text without the page around it, and its metadata. */
class ArticleExtractorTest {
    private static final String URL = "https://news.example.org/2024/05/story.html";
    private static final String PARAGRAPH = "The ministry said on Tuesday that the group of defectors, who crossed the "
            + "border in April, had arrived safely, according to officials familiar with the matter. ";

    private static String page(String head, String article) {
        return "<!doctype html><html><head>" + head + "</head><body>"
                + "<nav class=\"menu\"><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav>"
                + "<div class=\"sidebar\"><h3>Most read</h3><ul><li><a href=\"/a\">Another story about something else</a></li>"
                + "<li><a href=\"/b\">Yet another story that is popular today</a></li></ul></div>"
                + "<div id=\"main\"><article>" + article + "</article></div>"
                + "<div class=\"comments\"><p>First comment, which is not part of the story at all, really.</p></div>"
                + "<footer><p>Copyright 2024 Example News, all rights reserved, every one of them.</p></footer>"
                + "</body></html>";
    }

    private static String paragraphs(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            out.append("<p>").append(i).append(". ").append(PARAGRAPH.repeat(2)).append("</p>");
        }
        return out.toString();
    }

    @Test
    void keepsTheStoryAndLeavesMenusSidebarsCommentsAndFootersOut() {
        ExtractedArticle article = ArticleExtractor.extract(page("<title>Defectors arrive safely after a long journey | Example News</title>",
                "<h1>Defectors arrive safely after a long journey</h1>" + paragraphs(5)), URL);

        assertThat(article.text()).contains("1. The ministry said", "5. The ministry said")
                .doesNotContain("Most read", "First comment", "Copyright", "Home");
        assertThat(article.text().split("\n\n")).hasSize(5);
        assertThat(article.title()).isEqualTo("Defectors arrive safely after a long journey");
        assertThat(article.text()).doesNotContain("long journey");
        assertThat(article.html().html()).contains("<p>1. The ministry said");
        assertThat(article.canonicalUrl()).isEqualTo(URL);
    }

    @Test
    void readsTitleAuthorsAndDateFromJsonLdAndTheCanonicalLink() {
        String head = "<title>Site name</title><link rel=\"canonical\" href=\"/2024/05/story-canonical.html\">"
                + "<meta property=\"og:title\" content=\"An OpenGraph title\">"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                + "\"headline\":\"Defectors arrive safely\",\"author\":[{\"@type\":\"Person\",\"name\":\"Kim Ji-won\"},"
                + "{\"@type\":\"Person\",\"name\":\"Jane Roe\"}],\"datePublished\":\"2024-05-14T09:30:00+0900\"}</script>";
        ExtractedArticle article = ArticleExtractor.extract(page(head, paragraphs(4)), URL);

        assertThat(article.title()).isEqualTo("Defectors arrive safely");
        assertThat(article.byline()).isEqualTo("Kim Ji-won, Jane Roe");
        assertThat(article.published()).isEqualTo(Instant.parse("2024-05-14T00:30:00Z"));
        assertThat(article.canonicalUrl()).isEqualTo("https://news.example.org/2024/05/story-canonical.html");
    }

    @Test
    void takesTheBylineFromTheTextAndLeavesItOutOfTheStory() {
        ExtractedArticle article = ArticleExtractor.extract(page("<title>Defectors arrive safely</title>",
                "<p class=\"byline\">By <span itemprop=\"name\">Lee Min-ho</span>, Seoul</p>" + paragraphs(4)), URL);

        assertThat(article.byline()).isEqualTo("Lee Min-ho");
        assertThat(article.text()).doesNotContain("Lee Min-ho");
    }

    @Test
    void dropsImagesAndEmbedsButKeepsCaptionsAndMakesLinksAbsolute() {
        String story = paragraphs(2)
                + "<figure><img src=\"https://cdn.example.org/photo.jpg\" alt=\"A photo\"><figcaption>Defectors at the "
                + "border crossing, in April.</figcaption></figure>"
                + "<p>Read the <a href=\"/reports/april.html\">ministry's report</a> and <a href=\"javascript:share()\">share"
                + "</a> it, as " + PARAGRAPH + "</p>"
                + "<iframe src=\"https://www.youtube.com/embed/xyz\"></iframe>" + paragraphs(2)
                + "<p onclick=\"steal()\">A last paragraph with a <img src=x onerror=alert(1)> trap, as " + PARAGRAPH + "</p>";
        String html = ArticleExtractor.extract(page("<title>Defectors</title>", story), URL).html().html();

        assertThat(html).doesNotContain("<img", "cdn.example.org", "youtube", "<iframe", "javascript:", "onclick", "onerror")
                .contains("Defectors at the border crossing", "href=\"https://news.example.org/reports/april.html\"",
                        "share it");
        assertThat(XssPayloads.danger(html)).isNull();
    }

    @Test
    void aSavedPageWithoutAddressResolvesItsLinksAgainstItsCanonicalAddress() {
        String story = paragraphs(3) + "<p>See the <a href=\"../reports/april.html\">report</a>, as " + PARAGRAPH + "</p>";
        ExtractedArticle article = ArticleExtractor.extract(page("<title>Defectors</title><link rel=\"canonical\" href=\""
                + URL + "\">", story), null);

        assertThat(article.html().html()).contains("href=\"https://news.example.org/2024/reports/april.html\"");
        assertThat(article.canonicalUrl()).isEqualTo(URL);
    }

    @Test
    void guessesKoreanWhenThePageDeclaresNoLanguage() {
        String korean = "<p>통일부는 화요일 탈북민 일행이 지난 4월 국경을 넘어 안전하게 도착했다고 밝혔다. 관계자들에 따르면, "
                + "이들은 제3국을 거쳐 입국했으며, 현재 정착 지원 시설에서 조사를 받고 있다.</p>";
        ExtractedArticle article = ArticleExtractor.extract(page("<title>탈북민 일행 무사히 도착</title>", korean.repeat(4)), URL);

        assertThat(article.lang()).isEqualTo("ko");
        assertThat(article.text()).contains("탈북민 일행이");
        assertThat(article.title()).isEqualTo("탈북민 일행 무사히 도착");
    }

    @Test
    void prefersTheLanguageThePageDeclares() {
        String declared = "<!doctype html><html lang=\"pt-BR\"><head><title>Notícia</title></head><body>"
                + paragraphs(3) + "</body></html>";
        assertThat(ArticleExtractor.extract(declared, URL).lang()).isEqualTo("pt-BR");
        assertThat(ArticleExtractor.extract(page("<title>Story</title>", paragraphs(3)), URL).lang()).isEqualTo("en");
    }

    @Test
    void aPageWithoutTextGivesAnEmptyArticleNotAnError() {
        ExtractedArticle article = ArticleExtractor.extract("<html><head><title>Nothing here</title></head><body>"
                + "<script>document.write('x')</script></body></html>", URL);

        assertThat(article.text()).isEmpty();
        assertThat(article.html().isEmpty()).isTrue();
        assertThat(article.title()).isEqualTo("Nothing here");
        assertThat(article.byline()).isNull();
        assertThat(article.published()).isNull();
    }

    @Test
    void decodesPageBytesInTheCharsetTheyDeclare() {
        String html = "<html><head><meta charset=\"EUC-KR\"><title>탈북민 소식</title></head><body>"
                + "<p>통일부는 화요일 탈북민 일행이 지난 4월 국경을 넘어 안전하게 도착했다고 밝혔다, 관계자들이 말했다.</p>".repeat(6)
                + "</body></html>";
        byte[] bytes = html.getBytes(java.nio.charset.Charset.forName("EUC-KR"));

        ExtractedArticle fromBytes = ArticleExtractor.extract(bytes, null, URL);
        ExtractedArticle fromHeader = ArticleExtractor.extract(html.replace("EUC-KR", "UTF-8")
                .getBytes(StandardCharsets.UTF_8), "UTF-8", URL);

        assertThat(fromBytes.title()).isEqualTo("탈북민 소식");
        assertThat(fromBytes.text()).contains("탈북민 일행이");
        assertThat(fromHeader.text()).isEqualTo(fromBytes.text());
    }

    @Test
    void readsTheDateFormsPagesUse() {
        assertThat(ExtractDates.parse("2021-11-01T10:52:50+0100")).isEqualTo(Instant.parse("2021-11-01T09:52:50Z"));
        assertThat(ExtractDates.parse("2019-01-03T07:00:02.000Z")).isEqualTo(Instant.parse("2019-01-03T07:00:02Z"));
        assertThat(ExtractDates.parse("2017-11-03 03:01:00.000000")).isEqualTo(Instant.parse("2017-11-03T03:01:00Z"));
        assertThat(ExtractDates.parse("2017-11-16T14:15+0000")).isEqualTo(Instant.parse("2017-11-16T14:15:00Z"));
        assertThat(ExtractDates.parse("Tue, 14 May 2024 09:30:00 GMT")).isEqualTo(Instant.parse("2024-05-14T09:30:00Z"));
        assertThat(ExtractDates.parse("2018-12-21")).isEqualTo(Instant.parse("2018-12-21T00:00:00Z"));
        assertThat(ExtractDates.parse("last Tuesday")).isNull();
    }
}
