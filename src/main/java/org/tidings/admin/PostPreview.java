package org.tidings.admin;

import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import org.tidings.app.Templates;
import org.tidings.content.Author;
import org.tidings.content.Category;
import org.tidings.content.Post;
import org.tidings.content.PostDetails;
import org.tidings.content.Slugs;
import org.tidings.content.Source;
import org.tidings.content.Tag;
import org.tidings.media.MediaItem;
import org.tidings.media.MediaLibrary;
import org.tidings.site.FeaturedImage;
import org.tidings.site.PageMeta;
import org.tidings.site.PostPageView;
import org.tidings.site.PostViews;
import org.tidings.site.Site;
import org.tidings.store.Stores;

/**
 * A post as readers would see it, in the public theme's own template (byline, source line,
 * categories), at an admin address: only for those who may open the post, never cached (the
 * admin answers no-store) and never indexed.
 */
final class PostPreview {
    private final Stores stores;
    private final MediaLibrary library;
    private final Site site;
    private final Templates templates;

    PostPreview(Stores stores, MediaLibrary library, Site site, Templates templates) {
        this.stores = stores;
        this.library = library;
        this.site = site;
        this.templates = templates;
    }

    /** The post as saved. */
    void saved(Context ctx, long postId, String editorUrl) {
        Post post = stores.posts().byId(postId).orElseThrow();
        render(ctx, stores.posts().details(post), library.featured(postId).orElse(null), editorUrl);
    }

    /** The form as typed, not saved: its names stand for the outlet, byline and terms they would make. */
    void typed(Context ctx, PostForm form, Long postId, String editorUrl) {
        Instant now = Instant.now();
        Post post = new Post(postId == null ? 0 : postId, form.title(), Slugs.slugify(form.title(), "post"),
                form.preview().html(), form.excerpt(), form.status(), null, false, now, now, null, null,
                form.sourceUrl(), null, form.lang().isEmpty() ? null : form.lang());
        Author author = form.byline().isEmpty() ? null
                : new Author(0, form.byline(), Slugs.slugify(form.byline(), "author"), "");
        Source source = form.sourceName().isEmpty() ? null
                : new Source(0, form.sourceName(), Slugs.slugify(form.sourceName(), "source"), null);
        List<Category> categories = stores.categories().all().stream()
                .filter(c -> form.categoryNames().contains(c.name())).toList();
        List<Tag> tags = form.tagNames().stream().map(name -> new Tag(0, name, Slugs.slugify(name, "tag"))).toList();
        MediaItem featured = form.featuredMediaId() == null ? null : library.find(form.featuredMediaId()).orElse(null);
        render(ctx, new PostDetails(post, author, source, categories, tags), featured, editorUrl);
    }

    private void render(Context ctx, PostDetails details, MediaItem featured, String editorUrl) {
        PageMeta meta = new PageMeta(details.post().title() + " – " + site.title(), PostViews.description(details.post()),
                site.absolute(ctx.path()), site);
        PostPageView view = new PostPageView(meta, PostViews.of(details, site),
                featured == null ? null : FeaturedImage.of(featured), null, null, List.of());
        ctx.header("X-Robots-Tag", "noindex");
        ctx.html(templates.render("site/post-preview.jte", new PostPreviewView(view, editorUrl)));
    }
}
