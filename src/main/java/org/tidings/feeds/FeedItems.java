package org.tidings.feeds;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.tidings.content.Post;
import org.tidings.content.PostDetails;
import org.tidings.site.PostViews;
import org.tidings.site.Site;
import org.tidings.site.Urls;

/** Turns stored posts into feed items: absolute links, the source line, and ids that survive edits. */
final class FeedItems {
    private final Site site;
    private final String tagAuthority;

    /** Items whose ids are {@code tag:} URIs under {@code tagAuthority}, a host name. */
    FeedItems(Site site, String tagAuthority) {
        this.site = site;
        this.tagAuthority = tagAuthority;
    }

    FeedItem of(PostDetails details) {
        Post post = details.post();
        // Undated imported posts still need a date in a feed: their stored time, which orders them too.
        Instant published = post.publishedAt() != null ? post.publishedAt() : post.createdAt();
        String originalUrl = post.sourceUrl() == null || post.sourceUrl().isBlank() ? null : post.sourceUrl();
        List<String> categories = new ArrayList<>();
        details.categories().forEach(c -> categories.add(XmlText.clean(c.name())));
        details.tags().forEach(t -> categories.add(XmlText.clean(t.name())));
        return new FeedItem(
                id(post),
                site.absolute(Urls.post(post, site.zone())),
                XmlText.clean(post.title()),
                XmlText.clean(PostViews.description(post)),
                XmlText.clean(content(details, originalUrl)),
                published,
                post.updatedAt().isAfter(published) ? post.updatedAt() : published,
                details.author() == null ? null : XmlText.clean(details.author().name()),
                details.author() == null ? null : site.absolute(Urls.author(details.author().slug())),
                originalUrl,
                List.copyOf(categories));
    }

    /** {@code tag:HOST,DATE:post-ID}: made of what an edit never changes (the id and the creation day). */
    private String id(Post post) {
        return "tag:" + tagAuthority + "," + post.createdAt().atZone(ZoneOffset.UTC).toLocalDate() + ":post-" + post.id();
    }

    /** The body with every link made absolute, then the source line, linked to the original when known. */
    private String content(PostDetails details, String originalUrl) {
        Document document = Jsoup.parseBodyFragment(details.post().bodyHtml(), site.absolute("/"));
        document.outputSettings().prettyPrint(false);
        absolutize(document, "href");
        absolutize(document, "src");
        if (details.source() != null) {
            Element line = document.body().appendElement("p").addClass("source").appendText("[");
            if (originalUrl != null) {
                line.appendElement("a").attr("href", originalUrl).text(details.source().name());
            } else {
                line.appendText(details.source().name());
            }
            line.appendText("]");
        }
        return document.body().html();
    }

    private static void absolutize(Document document, String attribute) {
        for (Element element : document.select("[" + attribute + "]")) {
            String absolute = element.absUrl(attribute);
            if (!absolute.isEmpty()) {
                element.attr(attribute, absolute);
            }
        }
    }
}
