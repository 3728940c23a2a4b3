package org.tidings.site;

import java.util.List;
import org.tidings.i18n.Phrase;

/**
 * A post as readers see it. {@code dateText} and {@code authorName} are null when unknown,
 * so the byline leaves them out ({@code dayArchiveUrl}, the archive of the post's day, is null with the
 * date); {@code sourceUrl} is null when the original is unknown; {@code bodyHtml} is empty where a post is
 * shown by its title alone (cards, search results). {@code lang} is the post's language when it differs
 * from the page's (for its article's lang attribute), else null; {@code byline} places the date and
 * author in the page language's words.
 */
public record PostView(
        String title,
        String url,
        String dateText,
        String isoDate,
        String authorName,
        String authorUrl,
        String bodyHtml,
        String sourceName,
        String sourceUrl,
        String sourceArchiveUrl,
        List<Link> categories,
        List<Link> tags,
        String dayArchiveUrl,
        String lang,
        Phrase byline) {

    public boolean hasByline() {
        return dateText != null || authorName != null;
    }
}
