package org.tidings.curation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's title as the page's {@code <title>} gives it, without the site name that pages
 * put before or after it ("Story title | Site", "Site: Story title"), and a measure of how alike
 * two titles are.
 */
final class ReadabilityTitle {
    private static final Pattern ANY_SEPARATOR = Pattern.compile(" [|\\-\\\\/>»] ");
    private static final Pattern HIERARCHY_SEPARATOR = Pattern.compile(" [\\\\/>»] ");
    private static final Pattern LAST_PART = Pattern.compile("(.*)[|\\-\\\\/>»] .*");
    private static final Pattern FIRST_PART = Pattern.compile("[^|\\-\\\\/>»]*[|\\-\\\\/>»](.*)");
    private static final Pattern SEPARATORS = Pattern.compile("[|\\-\\\\/>»]+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}_]+");

    private ReadabilityTitle() {
    }

    static String of(Document doc) {
        String original = doc.title().strip();
        String title = original;
        boolean hierarchical = false;
        if (ANY_SEPARATOR.matcher(title).find()) {
            hierarchical = HIERARCHY_SEPARATOR.matcher(title).find();
            title = LAST_PART.matcher(original).replaceAll("$1");
            if (wordCount(title) < 3) {
                title = FIRST_PART.matcher(original).replaceAll("$1");
            }
        } else if (title.contains(": ")) {
            title = afterColon(doc, original);
        } else if (title.length() > 150 || title.length() < 15) {
            List<Element> h1s = doc.getElementsByTag("h1");
            if (h1s.size() == 1) {
                title = h1s.get(0).text();
            }
        }
        title = title.strip().replaceAll("\\s{2,}", " ");
        int words = wordCount(title);
        // A title cut down to a few words is more likely a section name than the headline.
        if (words <= 4 && (!hierarchical || words != wordCount(SEPARATORS.matcher(original).replaceAll("")) - 1)) {
            return original;
        }
        return title;
    }

    private static String afterColon(Document doc, String original) {
        boolean headingSaysSo = doc.select("h1, h2").stream().anyMatch(h -> h.text().strip().equals(original));
        if (headingSaysSo) {
            return original;
        }
        String title = original.substring(original.lastIndexOf(':') + 1);
        if (wordCount(title) < 3) {
            return original.substring(original.indexOf(':') + 1);
        }
        if (wordCount(original.substring(0, original.indexOf(':'))) > 5) {
            return original;
        }
        return title;
    }

    private static int wordCount(String text) {
        return text.split("\\s+", -1).length;
    }

    /**
     * How much of {@code b} also appears in {@code a}: 1 when every word of b is in a, 0 when none is
     * (weighted by word length). Words are letters and digits of any script.
     */
    static double similarity(String a, String b) {
        List<String> wordsA = tokens(a);
        List<String> wordsB = tokens(b);
        if (wordsA.isEmpty() || wordsB.isEmpty()) {
            return 0;
        }
        String onlyInB = String.join(" ", wordsB.stream().filter(word -> !wordsA.contains(word)).toList());
        return 1 - (double) onlyInB.length() / String.join(" ", wordsB).length();
    }

    private static List<String> tokens(String text) {
        return Arrays.stream(NOT_WORD.split(text.toLowerCase(Locale.ROOT))).filter(word -> !word.isEmpty()).toList();
    }
}
