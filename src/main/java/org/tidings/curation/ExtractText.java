package org.tidings.curation;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The plain text of an HTML fragment: one paragraph per block (paragraph, heading, list item,
 * table row...), separated by blank lines; a line break stays a line break.
 */
final class ExtractText {
    private ExtractText() {
    }

    static String of(String html) {
        Paragraphs paragraphs = new Paragraphs();
        Jsoup.parseBodyFragment(html).body().traverse(paragraphs);
        return paragraphs.text();
    }

    private static final class Paragraphs implements NodeVisitor {
        private final List<String> done = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                append(text.text());
            } else if (node instanceof Element element && element.nameIs("br")) {
                trimEnd();
                current.append('\n');
            } else if (isBlock(node)) {
                endParagraph();
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (isBlock(node)) {
                endParagraph();
            }
        }

        private static boolean isBlock(Node node) {
            return node instanceof Element element && element.isBlock() && !element.nameIs("br");
        }

        private void append(String text) {
            for (char c : text.toCharArray()) {
                boolean space = Character.isWhitespace(c) || c == '\u00a0';
                boolean atStart = current.isEmpty() || current.charAt(current.length() - 1) == '\n';
                boolean afterSpace = !current.isEmpty() && current.charAt(current.length() - 1) == ' ';
                if (!space) {
                    current.append(c);
                } else if (!atStart && !afterSpace) {
                    current.append(' ');
                }
            }
        }

        private void trimEnd() {
            while (!current.isEmpty() && current.charAt(current.length() - 1) == ' ') {
                current.setLength(current.length() - 1);
            }
        }

        private void endParagraph() {
            String paragraph = current.toString().strip();
            if (!paragraph.isEmpty()) {
                done.add(paragraph);
            }
            current.setLength(0);
        }

        String text() {
            endParagraph();
            return String.join("\n\n", done);
        }
    }
}
