package org.tidings.curation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.tidings.content.HtmlSanitizer;
import org.tidings.curation.fetch.FetchRequest;
import org.tidings.curation.fetch.FetchResult;
import org.tidings.curation.fetch.SafeFetcher;
import org.tidings.content.SafeHtml;

/**
 * Finds the article in a web page, in the manner of Mozilla's Readability: its text (scored by
 * paragraphs, commas and class names, cleaned of furniture) and what the page says about it
 * (JSON-LD, meta tags). The text comes out sanitized, with links made absolute and without
 * images, videos or other embeds: shown on our pages, they would make readers' browsers contact
 * the outlet. Figure captions stay.
 */
public final class ArticleExtractor {
    private static final String MEDIA = "img, picture, video, audio, source, track, svg, canvas, iframe, object, embed, map";

    private ArticleExtractor() {
    }

    /** The article of {@code html}, a page fetched from {@code url} (which resolves its relative links; may be null). */
    public static ExtractedArticle extract(String html, String url) {
        return extract(Jsoup.parse(html, url == null ? "" : url), url);
    }

    /**
     * The article of a page as fetched: {@code charset} from the Content-Type header, or null to
     * take it from the page's byte-order mark or {@code <meta charset>} (else UTF-8).
     */
    public static ExtractedArticle extract(byte[] page, String charset, String url) {
        try {
            return extract(Jsoup.parse(new ByteArrayInputStream(page), known(charset), url == null ? "" : url), url);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not thrown: the bytes are in memory
        }
    }

    /** Fetches the page at {@code url} through the safe fetcher (public addresses only, size and time limits) and extracts it. */
    public static ExtractOutcome fetchAndExtract(SafeFetcher fetcher, String url) {
        FetchResult page = fetcher.fetch(FetchRequest.page(url));
        if (!page.ok()) {
            return ExtractOutcome.failed(page.problem());
        }
        return new ExtractOutcome(extract(page.body(), page.headers().charset(), page.finalUrl()), null);
    }

    /** The charset when Java knows it; else null, so that the page's own declaration decides. */
    private static String known(String charset) {
        try {
            return charset != null && Charset.isSupported(charset) ? charset : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ExtractedArticle extract(Document doc, String url) {
        ReadabilityMetadata metadata = ReadabilityMetadata.of(doc);
        String declaredLang = ExtractLanguage.declared(doc);
        String canonical = canonicalUrl(doc, url);
        if (doc.baseUri().isEmpty() && canonical != null) {
            doc.setBaseUri(canonical); // a saved page: its links are relative to where it was published
        }
        ReadabilityPrep.prepare(doc);
        ReadabilityGrabber grabber = new ReadabilityGrabber(metadata.title(), metadata.byline() == null);
        Element article = grabber.grab(doc);
        SafeHtml safe = HtmlSanitizer.sanitize(article == null ? "" : forDisplay(article, doc.baseUri()));
        String text = ExtractText.of(safe.html());
        String byline = metadata.byline() != null ? metadata.byline() : grabber.byline();
        return new ExtractedArticle(oneLine(metadata.title()), oneLine(byline), ExtractDates.parse(metadata.published()),
                declaredLang != null ? declaredLang : ExtractLanguage.guess(text), safe, text, canonical);
    }

    /** The article's HTML with links made absolute (script links become their text) and media gone. */
    private static String forDisplay(Element article, String base) {
        Document shell = Document.createShell(base);
        shell.outputSettings().prettyPrint(false);
        shell.body().appendChild(article);
        article.select(MEDIA).remove();
        for (Element link : article.select("a[href]")) {
            String href = link.attr("href").strip();
            if (href.toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                link.unwrap();
            } else if (!link.absUrl("href").isEmpty()) {
                link.attr("href", link.absUrl("href"));
            }
        }
        return shell.body().html();
    }

    /** The page's rel=canonical or og:url when it gives an http(s) one, else the address it was fetched from. */
    private static String canonicalUrl(Document doc, String url) {
        for (String selector : new String[] {"link[rel=canonical][href]", "meta[property=og:url][content]"}) {
            Element element = doc.selectFirst(selector);
            if (element != null) {
                String address = element.absUrl(element.hasAttr("href") ? "href" : "content");
                if (address.startsWith("https://") || address.startsWith("http://")) {
                    return address;
                }
            }
        }
        return url;
    }

    private static String oneLine(String value) {
        return value == null || value.isBlank() ? null : value.strip().replaceAll("\\s+", " ");
    }
}
