package org.tidings.curation;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.select.Elements;

/**
 * An item's text cut into the paragraphs an editor ticks for an excerpt: its paragraphs, quotes and
 * list items as HTML (links and emphasis kept, images dropped: a published post must never make a
 * reader's browser contact the outlet), or its text's lines when it has no such blocks.
 */
public final class ItemParagraphs {
    /** The paragraphs ticked when the editor has not chosen: enough to say what happened, short of copying it all. */
    public static final int TICKED_BY_DEFAULT = 3;
    private static final String BLOCKS = "p, blockquote, li, h2, h3, h4";

    private ItemParagraphs() {
    }

    /** The paragraphs of an HTML fragment (already sanitized), in order; blank ones skipped. */
    public static List<String> of(String html) {
        Document document = Jsoup.parseBodyFragment(html == null ? "" : html);
        document.select("img, picture, video, audio, iframe, figure, script, style").remove();
        List<String> paragraphs = new ArrayList<>();
        Elements blocks = document.body().select(BLOCKS);
        for (Element block : blocks) {
            // A block inside another (a <p> in a <blockquote>) is already part of the outer one.
            boolean nested = block.parents().stream().anyMatch(parent -> parent.is(BLOCKS));
            if (!nested && !block.text().isBlank()) {
                // Blocks inside (a quote's paragraphs) would not fit in one paragraph of the draft: their text does.
                boolean holdsBlocks = block.select(BLOCKS + ", div, ul, ol, table").size() > 1;
                paragraphs.add(holdsBlocks ? Entities.escape(block.text()) : block.html().strip());
            }
        }
        if (paragraphs.isEmpty()) {
            document.body().select("br").after("\n");
            for (String line : document.body().wholeText().split("\\n\\s*")) {
                if (!line.isBlank()) {
                    paragraphs.add(Entities.escape(line.strip()));
                }
            }
        }
        return List.copyOf(paragraphs);
    }
}
