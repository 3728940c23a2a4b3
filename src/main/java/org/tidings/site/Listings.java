package org.tidings.site;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import org.tidings.app.SafeRedirect;
import org.tidings.app.Templates;
import org.tidings.content.PostDetails;
import org.tidings.store.PostFilter;
import org.tidings.store.PostStore;

/** Renders one page of a listing of published posts, ten to a page, with its pagination. */
public final class Listings {
    public static final int PER_PAGE = 10;
    private final PostStore posts;
    private final Site site;
    private final Templates templates;

    public Listings(PostStore posts, Site site, Templates templates) {
        this.posts = posts;
        this.site = site;
        this.templates = templates;
    }

    public Site site() {
        return site;
    }

    /**
     * What a listing is: its base path, heading (null on the home page), words for its head, and
     * whether it has feeds of its own at {@code basePath/feed/} (categories, tags, authors, outlets).
     */
    public record Listing(String basePath, String heading, String intro, String description, PostFilter filter,
            boolean hasFeed) {

        /** A listing without feeds of its own: the home page (whose feeds are the site's) or a date archive. */
        public Listing(String basePath, String heading, String intro, String description, PostFilter filter) {
            this(basePath, heading, intro, description, filter, false);
        }
    }

    public void render(Context ctx, Listing listing) {
        Integer page = pageNumber(ctx, listing.basePath());
        if (page == null) {
            return;
        }
        int total = posts.countPublished(listing.filter());
        int totalPages = Math.max(1, (total + PER_PAGE - 1) / PER_PAGE);
        if (page > totalPages) {
            throw new NotFoundResponse();
        }
        List<PostDetails> shown = posts.newest(listing.filter(), PER_PAGE, (page - 1) * PER_PAGE);
        String path = Urls.page(listing.basePath(), page);
        PageMeta meta = new PageMeta(title(listing.heading(), page), listing.description(), site.absolute(path),
                site.title())
                .withFeeds(listing.hasFeed() ? FeedLinks.siteAnd(site, listing.heading(), listing.basePath())
                        : FeedLinks.site(site))
                .withOpenGraph(OpenGraph.website(listing.heading() == null ? site.title() : listing.heading()));
        Pagination pagination = new Pagination(page, totalPages,
                page > 1 ? Urls.page(listing.basePath(), page - 1) : null,
                page < totalPages ? Urls.page(listing.basePath(), page + 1) : null);
        ctx.html(templates.render("site/listing.jte",
                new ListingView(meta, listing.heading(), listing.intro(), PostViews.of(shown, site), pagination)));
    }

    private String title(String heading, int page) {
        String pagePart = page > 1 ? " – Page " + page : "";
        if (heading == null) {
            return site.title() + (site.description().isBlank() ? "" : " – " + site.description()) + pagePart;
        }
        return heading + pagePart + " – " + site.title();
    }

    /** The page asked for, or null after answering: 301 for {@code /page/1/}, 404 for nonsense. */
    private static Integer pageNumber(Context ctx, String basePath) {
        String raw = ctx.pathParamMap().get("page");
        if (raw == null) {
            return 1;
        }
        if (!raw.matches("[1-9][0-9]{0,6}")) {
            throw new NotFoundResponse();
        }
        int page = Integer.parseInt(raw);
        if (page == 1) {
            SafeRedirect.to(ctx, basePath, HttpStatus.MOVED_PERMANENTLY);
            return null;
        }
        return page;
    }
}
