package org.tidings.feeds;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.tidings.media.MediaFile;
import org.tidings.media.MediaItem;
import org.tidings.store.MediaStore;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.tidings.content.Post;
import org.tidings.content.PostDetails;
import org.tidings.site.PostViews;
import org.tidings.site.Site;
import org.tidings.site.Urls;

/**
 * Turns stored posts into feed items: absolute links, the source line, the featured image (first in
 * the content, and as an enclosure), and ids that survive edits.
 */
final class FeedItems {
    /** The width of the featured image feeds carry: readers show it in a column. */
    private static final int FEATURED_WIDTH = 960;
    private final Site site;
    private final String tagAuthority;
    private final MediaStore media;

    /** Items whose ids are {@code tag:} URIs under {@code tagAuthority}, a host name. */
    FeedItems(Site site, String tagAuthority, MediaStore media) {
        this.site = site;
        this.tagAuthority = tagAuthority;
        this.media = media;
    }

    FeedItem of(PostDetails details) {
        Post post = details.post();
        // Undated imported posts still need a date in a feed: their stored time, which orders them too.
        Instant published = post.publishedAt() != null ? post.publishedAt() : post.createdAt();
        String originalUrl = post.sourceUrl() == null || post.sourceUrl().isBlank() ? null : post.sourceUrl();
        List<String> categories = new ArrayList<>();
        details.categories().forEach(c -> categories.add(XmlText.clean(c.name())));
        details.tags().forEach(t -> categories.add(XmlText.clean(t.name())));
        FeedImage image = media.featured(post.id()).map(this::image).orElse(null);
        return new FeedItem(
                id(post),
                site.absolute(Urls.post(post, site.zone())),
                XmlText.clean(post.title()),
                XmlText.clean(PostViews.description(post)),
                XmlText.clean(content(details, originalUrl, image)),
                published,
                post.updatedAt().isAfter(published) ? post.updatedAt() : published,
                details.author() == null ? null : XmlText.clean(details.author().name()),
                details.author() == null ? null : site.absolute(Urls.author(details.author().slug())),
                originalUrl,
                List.copyOf(categories),
                image);
    }

    private FeedImage image(MediaItem featured) {
        MediaFile file = featured.fitting(FEATURED_WIDTH);
        return new FeedImage(site.absolute(file.path()), file.contentType(), file.size(), XmlText.clean(featured.alt()));
    }

    /** {@code tag:HOST,DATE:post-ID}: made of what an edit never changes (the id and the creation day). */
    private String id(Post post) {
        return "tag:" + tagAuthority + "," + post.createdAt().atZone(ZoneOffset.UTC).toLocalDate() + ":post-" + post.id();
    }

    /** The body with every link made absolute, then the source line, linked to the original when known. */
    private String content(PostDetails details, String originalUrl, FeedImage image) {
        Document document = Jsoup.parseBodyFragment(details.post().bodyHtml(), site.absolute("/"));
        document.outputSettings().prettyPrint(false);
        if (image != null) {
            document.body().prependElement("p").appendElement("img").attr("src", image.url()).attr("alt", image.alt());
        }
        absolutize(document, "href");
        absolutize(document, "src");
        absolutizeSrcset(document);
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

    /** Each candidate of a {@code srcset} made absolute: feed readers show the post away from our site. */
    private void absolutizeSrcset(Document document) {
        for (Element element : document.select("[srcset]")) {
            String absolute = Arrays.stream(element.attr("srcset").split("\\s*,\\s*"))
                    .map(candidate -> candidate.startsWith("/") ? site.absolute(candidate) : candidate)
                    .collect(Collectors.joining(", "));
            element.attr("srcset", absolute);
        }
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
