package org.tidings.site;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import org.tidings.app.SafeRedirect;
import org.tidings.app.Templates;
import org.tidings.content.Post;
import org.tidings.content.PostDetails;
import org.tidings.content.PostStatus;
import org.tidings.store.MediaStore;
import org.tidings.store.PostStore;

/**
 * {@code /YYYY/MM/DD/SLUG/} or {@code /post/SLUG/} (a post whose address has no date): one
 * published post; a right slug under a wrong date, or under the other form, answers 301.
 */
public final class PostPage implements Handler {
    private final PostStore posts;
    private final MediaStore media;
    private final Site site;
    private final Templates templates;

    public PostPage(PostStore posts, MediaStore media, Site site, Templates templates) {
        this.posts = posts;
        this.media = media;
        this.site = site;
        this.templates = templates;
    }

    @Override
    public void handle(Context ctx) {
        Post post = posts.bySlug(ctx.pathParam("slug"))
                .filter(p -> p.status() == PostStatus.PUBLISHED)
                .orElseThrow(NotFoundResponse::new);
        String canonical = Urls.post(post, site.zone());
        if (!canonical.equals(ctx.path())) {
            SafeRedirect.to(ctx, canonical, HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        PostDetails details = posts.details(post);
        PostView view = PostViews.of(details, site);
        FeaturedImage featured = media.featured(post.id()).map(FeaturedImage::of).orElse(null);
        OpenGraph openGraph = OpenGraph.article(post.title(), view.isoDate());
        PageMeta meta = new PageMeta(post.title() + " – " + site.title(), PostViews.description(post),
                site.absolute(canonical), site)
                .withFeeds(FeedLinks.site(site))
                .withOpenGraph(featured == null ? openGraph : openGraph.withImage(site.absolute(featured.src())))
                .withJsonLd(NewsArticle.jsonLd(details, site));
        ctx.html(templates.render("site/post.jte", new PostPageView(meta, view, featured)));
    }
}
