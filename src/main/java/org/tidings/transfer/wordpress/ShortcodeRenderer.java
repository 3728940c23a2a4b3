package org.tidings.transfer.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Renders the shortcodes WordPress itself registers, without anything from another site: captions become
 * figures, galleries the imported images, {@code [embed]} a plain link, audio and video players only for files
 * in our media library (else a link). Others stay as text, reported when they look like real shortcodes.
 */
final class ShortcodeRenderer {
    /** The shortcodes rendered here, as a regular expression of names. */
    static final String HANDLED = "caption|wp_caption|gallery|audio|video|embed";

    private static final Pattern CAPTIONED_IMAGE = Pattern.compile(
            "((?:<a [^>]+>\\s*)?<img [^>]+>(?:\\s*</a>)?)(.*)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SHORTCODE_LIKE_NAME = Pattern.compile("[a-z][a-z0-9_-]*");
    private static final Pattern AUDIO_FILE = Pattern.compile("(?i)[^?#]*\\.(mp3|ogg|oga|flac|m4a|wav)([?#].*)?");
    private static final Pattern VIDEO_FILE = Pattern.compile("(?i)[^?#]*\\.(mp4|m4v|webm|ogv|flv|mov)([?#].*)?");
    private static final List<String> AUDIO_SOURCES = List.of("src", "mp3", "ogg", "flac", "m4a", "wav");
    private static final List<String> VIDEO_SOURCES = List.of("src", "mp4", "m4v", "webm", "ogv", "wmv", "flv");

    private final MediaLinks media;
    private final ConversionReport report;

    ShortcodeRenderer(MediaLinks media, ConversionReport report) {
        this.media = media;
        this.report = report;
    }

    /** {@code html} with every shortcode rendered, as WordPress's {@code do_shortcode}. */
    String renderAll(String html) {
        return Shortcodes.replace(html, Shortcodes.ANY_NAME, true, this::render);
    }

    /** {@code [embed]URL[/embed]} rendered alone: WordPress does it before autop. */
    String renderEmbeds(String html) {
        return Shortcodes.replace(html, "embed", false, this::render);
    }

    /**
     * What a URL WordPress would embed (oEmbed) becomes: our own player for a local media file, else a link.
     * {@code urlHtml} is the URL as written in HTML ({@code &amp;} for {@code &}).
     */
    String embed(String urlHtml) {
        String url = decoded(urlHtml.strip());
        if (url.isEmpty()) {
            return "";
        }
        if (AUDIO_FILE.matcher(url).matches()) {
            return player("audio", url);
        }
        if (VIDEO_FILE.matcher(url).matches()) {
            return player("video", url);
        }
        report.note("embedded " + url + " is shown as a link (no third-party content)");
        return link(url);
    }

    private String render(Shortcode shortcode) {
        return switch (shortcode.name()) {
            case "caption", "wp_caption" -> caption(shortcode);
            case "gallery" -> gallery(shortcode);
            case "audio" -> player(shortcode, AUDIO_SOURCES);
            case "video" -> player(shortcode, VIDEO_SOURCES);
            case "embed" -> shortcode.content() == null ? "" : embed(shortcode.content());
            default -> unknown(shortcode);
        };
    }

    // As img_caption_shortcode: the (linked) image first, the rest is the caption unless an attribute gives it.
    // Unlike WordPress, a caption without a width keeps its caption instead of losing it.
    private String caption(Shortcode shortcode) {
        String content = shortcode.content() == null ? "" : shortcode.content();
        String image = content;
        String caption = shortcode.attribute("caption");
        if (!shortcode.attributes().containsKey("caption")) {
            Matcher m = CAPTIONED_IMAGE.matcher(content);
            if (m.find()) {
                image = m.group(1);
                caption = m.group(2).strip();
            }
        }
        if (caption.isEmpty()) {
            return renderAll(image);
        }
        return "<figure>" + renderAll(image) + "<figcaption>" + caption + "</figcaption></figure>";
    }

    private String gallery(Shortcode shortcode) {
        String ids = shortcode.attribute("ids").isEmpty() ? shortcode.attribute("include") : shortcode.attribute("ids");
        List<MediaLinks.Attachment> images = ids.isBlank() ? media.attachedImages() : attachments(ids);
        if (images.isEmpty()) {
            report.note("a gallery shows no imported image: kept as text");
            return kept(shortcode, true);
        }
        StringBuilder html = new StringBuilder("<figure>");
        for (MediaLinks.Attachment image : images) {
            String img = "<img src=\"" + escape(image.url()) + "\" alt=\"" + escape(image.alt()) + "\">";
            html.append(image.caption().isBlank() ? img
                    : "<figure>" + img + "<figcaption>" + image.caption() + "</figcaption></figure>");
        }
        return html.append("</figure>").toString();
    }

    private List<MediaLinks.Attachment> attachments(String ids) {
        List<MediaLinks.Attachment> images = new ArrayList<>();
        for (String id : ids.split(",")) {
            Optional<MediaLinks.Attachment> image = parseId(id.strip()).flatMap(media::attachment);
            image.ifPresentOrElse(images::add,
                    () -> report.note("gallery image " + id.strip() + " is not among the imported attachments"));
        }
        return images;
    }

    private String player(Shortcode shortcode, List<String> sourceAttributes) {
        String source = sourceAttributes.stream().map(shortcode::attribute).filter(s -> !s.isBlank()).findFirst()
                .orElse(shortcode.positional().isEmpty() ? "" : shortcode.positional().getFirst());
        if (source.isBlank()) {
            report.note("[" + shortcode.name() + "] without a source: kept as text");
            return kept(shortcode, true);
        }
        return player(shortcode.name(), decoded(source.strip()));
    }

    private String player(String element, String url) {
        Optional<String> local = media.localUrl(url);
        if (local.isPresent()) {
            return "<" + element + " controls src=\"" + escape(local.get()) + "\"></" + element + ">";
        }
        report.note(element + " " + url + " is not in the media library: shown as a link");
        return link(url);
    }

    private String unknown(Shortcode shortcode) {
        return kept(shortcode, looksReal(shortcode));
    }

    // Kept as text; inside an enclosing one, known shortcodes still render, as in WordPress.
    private String kept(Shortcode shortcode, boolean reported) {
        if (reported) {
            report.unknownShortcode(shortcode.name());
        }
        return shortcode.content() == null ? shortcode.text()
                : shortcode.opening() + renderAll(shortcode.content()) + shortcode.closing();
    }

    // "[Reuters]" or "[sic]" in a sentence is text, not a plugin's shortcode.
    private static boolean looksReal(Shortcode shortcode) {
        String name = shortcode.name();
        return SHORTCODE_LIKE_NAME.matcher(name).matches() && (!shortcode.attributes().isEmpty()
                || shortcode.selfClosing() || shortcode.content() != null || name.contains("_") || name.contains("-")
                || shortcode.standsAlone());
    }

    private static Optional<Long> parseId(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }

    private static String link(String url) {
        return "<a href=\"" + escape(url) + "\">" + escape(url) + "</a>";
    }

    private static String decoded(String html) {
        return Parser.unescapeEntities(html, true);
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
