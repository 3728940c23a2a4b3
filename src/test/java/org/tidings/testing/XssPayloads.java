package org.tidings.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;

/** The shared XSS payload list, and a check that an HTML fragment can run no script. */
public final class XssPayloads {
    private static final Path LIST = Path.of("../shared/corpora/xss/payloadbox-xss-payload-list.txt");
    private static final Set<String> SCRIPTING_ELEMENTS = Set.of("script", "iframe", "frame", "frameset",
            "object", "embed", "applet", "style", "link", "meta", "base", "form", "input", "button", "svg",
            "math", "template", "noscript", "xmp", "plaintext", "isindex", "portal");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "background",
            "poster", "cite", "longdesc", "dynsrc", "lowsrc", "xlink:href", "data", "codebase", "srcset");

    private XssPayloads() {
    }

    /** Every line of the list, verbatim; the test is skipped, saying why, where ../shared is absent. */
    public static List<String> all() {
        Assumptions.assumeTrue(Files.isRegularFile(LIST), "the shared XSS corpus is absent: " + LIST.toAbsolutePath());
        try {
            return Files.readAllLines(LIST, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why {@code html} could run script when shown in a page, or null when it is inert. */
    public static String danger(String html) {
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            if (SCRIPTING_ELEMENTS.contains(element.normalName())) {
                return "element <" + element.normalName() + ">";
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || name.equals("style") || name.equals("srcdoc")) {
                    return "attribute " + name + " on <" + element.normalName() + ">";
                }
                if (URL_ATTRIBUTES.contains(name) && !isSafeUrl(attribute.getValue())) {
                    return "URL " + name + "=\"" + attribute.getValue() + "\" on <" + element.normalName() + ">";
                }
            }
        }
        return null;
    }

    /** Web and mail addresses, and relative ones (no scheme before the first / ? or #). */
    private static boolean isSafeUrl(String value) {
        String url = value.replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
        int colon = url.indexOf(':');
        int boundary = firstOf(url, "/?#");
        boolean relative = colon < 0 || (boundary >= 0 && boundary < colon);
        return relative || url.startsWith("http:") || url.startsWith("https:") || url.startsWith("mailto:");
    }

    private static int firstOf(String text, String characters) {
        int first = -1;
        for (char c : characters.toCharArray()) {
            int at = text.indexOf(c);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }
}
