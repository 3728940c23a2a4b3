package org.tidings.media;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.tidings.content.HtmlSanitizer;
import org.tidings.content.SafeHtml;
import org.tidings.store.MediaStore;

/**
 * Makes every library image in a post body responsive as the post is saved: {@code src} a
 * middle width, {@code srcset} every width, {@code sizes} the post column, {@code width} and
 * {@code height} (no layout shift), {@code loading="lazy"}, and the library's alt text where the
 * body gave none. Images from elsewhere are left as they are (the site's CSP does not load them).
 */
public final class MediaImages {
    /** The post column: 42rem wide, less its padding on narrow screens. */
    public static final String SIZES = "(max-width: 44rem) calc(100vw - 2rem), 42rem";
    /** The width {@code src} names, for browsers that ignore {@code srcset}. */
    private static final int DEFAULT_WIDTH = 960;
    private final MediaStore store;

    public MediaImages(MediaStore store) {
        this.store = store;
    }

    public SafeHtml expand(SafeHtml body) {
        if (!body.html().contains(MediaFile.PATH)) {
            return body;
        }
        Document document = Jsoup.parseBodyFragment(body.html());
        document.outputSettings().prettyPrint(false);
        boolean changed = false;
        for (Element img : document.select("img[src^=" + MediaFile.PATH + "]")) {
            Optional<MediaItem> item = store.byFileName(img.attr("src").substring(MediaFile.PATH.length()));
            if (item.isPresent() && item.get().isImage()) {
                describe(img, item.get());
                changed = true;
            }
        }
        return changed ? HtmlSanitizer.sanitize(document.body().html()) : body;
    }

    private static void describe(Element img, MediaItem item) {
        MediaFile shown = item.fitting(DEFAULT_WIDTH);
        img.attr("src", shown.path()).attr("srcset", item.srcset()).attr("sizes", SIZES)
                .attr("width", String.valueOf(shown.width())).attr("height", String.valueOf(shown.height()))
                .attr("loading", "lazy").attr("decoding", "async");
        if (img.attr("alt").isBlank()) {
            img.attr("alt", item.alt());
        }
    }
}
