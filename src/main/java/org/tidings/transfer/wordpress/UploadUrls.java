package org.tidings.transfer.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Old upload addresses in {@code src}, {@code href}, {@code poster} and {@code srcset}, pointed at their copies. */
final class UploadUrls {
    private static final List<String> SINGLE_URL = List.of("src", "href", "poster");

    private UploadUrls() {
    }

    static String rewritten(String html, MediaLinks media) {
        if (media == MediaLinks.NONE) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        boolean changed = false;
        for (Element element : document.body().select("[src], [href], [poster], [srcset]")) {
            for (String attribute : SINGLE_URL) {
                Optional<String> local = element.hasAttr(attribute)
                        ? media.localUrl(element.attr(attribute)) : Optional.empty();
                if (local.isPresent()) {
                    element.attr(attribute, local.get());
                    changed = true;
                }
            }
            if (element.hasAttr("srcset")) {
                String srcset = srcset(element.attr("srcset"), media);
                changed |= !srcset.equals(element.attr("srcset"));
                element.attr("srcset", srcset);
            }
        }
        return changed ? document.body().html() : html;
    }

    // "url 300w, url 2x": each candidate's URL replaced, its descriptor kept.
    private static String srcset(String value, MediaLinks media) {
        List<String> candidates = new ArrayList<>();
        for (String candidate : value.split(",")) {
            String[] urlAndDescriptor = candidate.strip().split("\\s+", 2);
            String url = media.localUrl(urlAndDescriptor[0]).orElse(urlAndDescriptor[0]);
            candidates.add(urlAndDescriptor.length > 1 ? url + " " + urlAndDescriptor[1] : url);
        }
        return String.join(", ", candidates);
    }
}
