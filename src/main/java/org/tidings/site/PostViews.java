package org.tidings.site;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jsoup.Jsoup;
import org.tidings.content.Post;
import org.tidings.content.PostDetails;
import org.tidings.i18n.Dates;
import org.tidings.i18n.Language;
import org.tidings.i18n.Messages;
import org.tidings.i18n.Phrase;

/** Turns stored posts into what readers see. */
public final class PostViews {
    private static final int DESCRIPTION_LENGTH = 160;

    private PostViews() {
    }

    /** The post as its own page shows it, in full, with the addresses written out in its text made links. */
    public static PostView of(PostDetails details, Site site) {
        return view(details, site, BareUrls.link(details.post().bodyHtml()));
    }

    /** The post's title, byline and source line without its body, as search results show it. */
    public static PostView withoutBody(PostDetails details, Site site) {
        return view(details, site, "");
    }

    /** Cards for a listing: each post without its body, and the teaser that stands for it. */
    public static List<PostCard> cards(List<PostDetails> posts, Site site) {
        return posts.stream().map(p -> new PostCard(withoutBody(p, site), Teasers.of(p.post()))).toList();
    }

    /** The post in the site's language: its date and byline words as the site's readers write them. */
    private static PostView view(PostDetails details, Site site, String bodyHtml) {
        return Messages.in(site.language(), () -> inPageLanguage(details, site, bodyHtml));
    }

    private static PostView inPageLanguage(PostDetails details, Site site, String bodyHtml) {
        Post post = details.post();
        boolean showDate = post.publishedAt() != null && !post.dateUnknown();
        var when = showDate ? post.publishedAt().atZone(site.zone()) : null;
        return new PostView(
                post.title(),
                Urls.post(post, site.zone()),
                showDate ? Dates.day(when.toLocalDate()) : null,
                showDate ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(when.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)) : null,
                details.author() == null ? null : details.author().name(),
                details.author() == null ? null : Urls.author(details.author().slug()),
                bodyHtml,
                details.source() == null ? null : details.source().name(),
                blankToNull(post.sourceUrl()),
                details.source() == null ? null : Urls.source(details.source().slug()),
                details.categories().stream().map(c -> new Link(c.name(), Urls.category(c.slug()))).toList(),
                details.tags().stream().map(t -> new Link(t.name(), Urls.tag(t.slug()))).toList(),
                showDate ? Urls.day(when.toLocalDate()) : null,
                langIfOther(post.lang(), site.language()),
                byline(showDate, details.author() != null));
    }

    /** A post's (or simple page's) language when it is not the page's own, for its lang attribute; null leaves the attribute out. */
    static String langIfOther(String postLang, Language page) {
        return postLang == null || Language.ofTag(postLang).filter(page::equals).isPresent() ? null : postLang;
    }

    /** The byline's words around its date ({0}) and author ({1}), in the order the language puts them. */
    private static Phrase byline(boolean date, boolean author) {
        if (date && author) {
            return Phrase.of("site.post.byline.date_author");
        }
        return date ? Phrase.of("site.post.byline.date") : author ? Phrase.of("site.post.byline.author") : null;
    }

    /** The excerpt, or the start of the body's text, cut at a word near 160 characters. */
    public static String description(Post post) {
        String text = post.excerpt() == null || post.excerpt().isBlank()
                ? Jsoup.parse(post.bodyHtml()).text() : post.excerpt().strip();
        return shorten(text, DESCRIPTION_LENGTH);
    }

    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
