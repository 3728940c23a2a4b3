package org.tidings.transfer.wordpress;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/** Old upload addresses in {@code src}, {@code href}, {@code poster} and {@code srcset}, pointed at their copies. */
final class UploadUrls {
    private static final List<String> SINGLE_URL = List.of("src", "href", "poster");

    private UploadUrls() {
    }

    static void rewrite(Element root, MediaLinks media) {
        for (Element element : root.select("[src], [href], [poster], [srcset]")) {
            for (String attribute : SINGLE_URL) {
                if (element.hasAttr(attribute)) {
                    media.localUrl(element.attr(attribute)).ifPresent(local -> element.attr(attribute, local));
                }
            }
            if (element.hasAttr("srcset")) {
                element.attr("srcset", srcset(element.attr("srcset"), media));
            }
        }
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
