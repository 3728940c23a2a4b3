package org.tidings.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.tidings.content.Post;

/** What a listing says of a post instead of its full text: the editor's excerpt, or else its first paragraph. */
final class Teasers {
    /** About three lines on a wide screen, five or six on a phone. */
    static final int LENGTH = 320;

    private Teasers() {
    }

    /** The excerpt if there is one, else the first paragraph with words in it, else the body's text; cut near {@link #LENGTH}. */
    static String of(Post post) {
        if (post.excerpt() != null && !post.excerpt().isBlank()) {
            return PostViews.shorten(post.excerpt().strip(), LENGTH);
        }
        return PostViews.shorten(firstParagraph(post.bodyHtml()), LENGTH);
    }

    private static String firstParagraph(String bodyHtml) {
        Element body = Jsoup.parseBodyFragment(bodyHtml == null ? "" : bodyHtml).body();
        return body.select("p").stream()
                .map(Element::text)
                .filter(text -> !text.isBlank())
                .findFirst()
                .orElseGet(body::text)
                .strip();
    }
}
