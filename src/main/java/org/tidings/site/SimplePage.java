package org.tidings.site;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.tidings.app.Templates;
import org.tidings.content.Page;
import org.tidings.store.PageStore;

/**
 * A published simple page at {@code /SLUG/}, and a child page also at {@code /PARENT/SLUG/} (its
 * canonical link names {@code /SLUG/}). Routes call it only for paths no other page claims, so a
 * page never shadows an archive, a feed or the admin.
 */
public final class SimplePage implements Handler {
    /** Ancestors followed at most, against a loop the database might hold. */
    private static final int MAX_DEPTH = 20;
    private final PageStore pages;
    private final Site site;
    private final Templates templates;

    public SimplePage(PageStore pages, Site site, Templates templates) {
        this.pages = pages;
        this.site = site;
        this.templates = templates;
    }

    @Override
    public void handle(Context ctx) {
        List<String> slugs = slugs(ctx.path());
        Page page = published(slugs.getLast()).orElseThrow(NotFoundResponse::new);
        List<Page> ancestors = ancestors(page);
        boolean rightParent = slugs.size() == 1
                || (!ancestors.isEmpty() && ancestors.getLast().slug().equals(slugs.getFirst()));
        if (slugs.size() > 2 || !rightParent) {
            throw new NotFoundResponse();
        }
        List<Link> trail = new ArrayList<>();
        ancestors.forEach(a -> trail.add(new Link(a.title(), Urls.simplePage(a.slug()))));
        PageMeta meta = new PageMeta(page.title() + " – " + site.title(), description(page),
                site.absolute(Urls.simplePage(page.slug())), site);
        ctx.html(templates.render("site/page.jte", new SimplePageView(meta, page.title(), page.bodyHtml(), trail,
                PostViews.langIfOther(page.lang(), site.language()))));
    }

    private Optional<Page> published(String slug) {
        return pages.bySlug(slug).filter(Page::published);
    }

    /** The published pages above {@code page}, the top one first; a draft parent ends the trail. */
    private List<Page> ancestors(Page page) {
        List<Page> above = new ArrayList<>();
        Long parent = page.parentId();
        while (parent != null && above.size() < MAX_DEPTH) {
            Optional<Page> next = pages.byId(parent).filter(Page::published);
            if (next.isEmpty()) {
                break;
            }
            above.addFirst(next.get());
            parent = next.get().parentId();
        }
        return above;
    }

    private static List<String> slugs(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty())
                .map(s -> URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8)).toList();
    }

    private String description(Page page) {
        String text = Jsoup.parse(page.bodyHtml()).text();
        return PostViews.shorten(text.isBlank() ? page.title() + " – " + site.title() : text, 160);
    }
}
