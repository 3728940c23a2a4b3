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
import java.util.List;
import org.tidings.store.MediaStore;
import org.tidings.store.NavigationStore;
import org.tidings.store.PostStore;

/**
 * {@code /YYYY/MM/DD/SLUG/} or {@code /post/SLUG/} (a post whose address has no date): one
 * published post; a right slug under a wrong date, or under the other form, answers 301.
 */
public final class PostPage implements Handler {
    /** How many related posts are listed under a post. */
    static final int RELATED = 4;
    private final PostStore posts;
    private final NavigationStore navigation;
    private final MediaStore media;
    private final Site site;
    private final Templates templates;

    public PostPage(PostStore posts, NavigationStore navigation, MediaStore media, Site site, Templates templates) {
        this.posts = posts;
        this.navigation = navigation;
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
        ctx.html(templates.render("site/post.jte", new PostPageView(meta, view, featured, neighbour(post, true),
                neighbour(post, false), related(details))));
    }

    /** The post published just before ({@code older}) or after this one, as a link to it; null at either end. */
    private PostLink neighbour(Post post, boolean older) {
        if (post.publishedAt() == null) {
            return null;
        }
        return navigation.neighbour(post.id(), post.publishedAt(), older)
                .flatMap(id -> posts.publishedDetails(List.of(id)).stream().findFirst())
                .map(this::link)
                .orElse(null);
    }

    /** The other posts of the post's story, then the newest of its primary category (its first). */
    private List<PostLink> related(PostDetails details) {
        Long category = details.categories().isEmpty() ? null : details.categories().getFirst().id();
        List<Long> ids = navigation.related(details.post().id(), category, RELATED);
        return posts.publishedDetails(ids).stream().map(this::link).toList();
    }

    private PostLink link(PostDetails found) {
        return new PostLink(found.post().title(), Urls.post(found.post(), site.zone()),
                PostViews.langIfOther(found.post().lang(), site.language()));
    }
}
