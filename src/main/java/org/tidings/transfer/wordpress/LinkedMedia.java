package org.tidings.transfer.wordpress;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The HTML's own references to files and other sites: upload addresses point at the media library, audio and
 * video play only from it (else they become a link to where they were), frames of other sites become a link,
 * and what the sanitizer will remove is noted for the report.
 */
final class LinkedMedia {
    private static final Pattern WORTH_PARSING = Pattern.compile(
            "(?i)<(audio|video|iframe|script|style|object|embed|applet|form|input|button|select|textarea|svg|math)\\b");
    private static final Set<String> REMOVED = Set.of("script", "style", "object", "embed", "applet", "form", "input",
            "button", "select", "textarea", "svg", "math", "iframe");
    private static final Pattern SAME_SITE_PATH = Pattern.compile("/(?![/\\\\])\\S*");

    private LinkedMedia() {
    }

    static String applied(String html, MediaLinks media, ConversionReport report) {
        if (media == MediaLinks.NONE && !WORTH_PARSING.matcher(html).find()) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        Element body = document.body();
        UploadUrls.rewrite(body, media);
        for (Element player : body.select("audio, video")) {
            ourPlayerOrLink(player, report);
        }
        for (Element frame : body.select("iframe[src]")) {
            report.note("frame of " + frame.attr("src") + " is shown as a link (no third-party content)");
            frame.replaceWith(link(document, frame.attr("src")));
        }
        for (Element element : body.getAllElements()) {
            if (REMOVED.contains(element.normalName())) {
                report.note("<" + element.normalName() + "> removed: posts hold no scripts, forms or frames");
            }
        }
        return body.html();
    }

    // A player keeps only its first source, and only if it is ours; the rest of it (fallback text) goes.
    private static void ourPlayerOrLink(Element player, ConversionReport report) {
        Element source = player.hasAttr("src") ? player : player.selectFirst("source[src]");
        String url = source == null ? "" : source.attr("src");
        if (SAME_SITE_PATH.matcher(url).matches()) {
            player.empty().clearAttributes().attr("controls", true).attr("src", url);
        } else if (url.isBlank()) {
            report.note("<" + player.normalName() + "> without a source removed");
            player.remove();
        } else {
            report.note(player.normalName() + " " + url + " is not in the media library: shown as a link");
            player.replaceWith(link(player.ownerDocument(), url));
        }
    }

    private static Element link(Document document, String url) {
        return document.createElement("a").attr("href", url).text(url);
    }
}
