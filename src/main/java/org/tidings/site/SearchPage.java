package org.tidings.site;

import org.tidings.i18n.Messages;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import org.tidings.app.Templates;
import org.tidings.search.SearchIndex;
import org.tidings.search.SearchResults;
import org.tidings.store.Stores;

/**
 * {@code /search/?q=WORDS}: published posts matching the words, best first, ten to a page, with
 * optional filters ({@code category}, {@code source}, {@code from}, {@code to}). Whatever is typed,
 * the reader gets a page (status 200) saying what was found or why nothing could be.
 */
public final class SearchPage implements Handler {
    private final SearchIndex index;
    private final Stores stores;
    private final Site site;
    private final Templates templates;

    public SearchPage(SearchIndex index, Stores stores, Site site, Templates templates) {
        this.index = index;
        this.stores = stores;
        this.site = site;
        this.templates = templates;
    }

    @Override
    public void handle(Context ctx) {
        SearchForm form = SearchForm.of(ctx);
        SearchFilters filters = SearchFilters.resolve(form, stores);
        SearchResults results = form.hasWords() ? index.search(filters.query(form, site.zone())) : null;
        SearchResultViews shown = SearchResultViews.of(form, results, stores.posts(), site);
        List<String> notes = new ArrayList<>(filters.notes());
        notes.addAll(shown.notes());
        String title = (form.hasWords() ? Messages.t("words.search.titleWords", form.q()) : Messages.t("words.search.title"))
                + (form.page() > 1 ? Messages.t("words.search.titlePage", form.page()) : "") + " – " + site.title();
        PageMeta meta = new PageMeta(title, Messages.t("words.search.description", site.title()),
                site.absolute(Urls.search(form, form.page())), site);
        // Searches are endless and may be sensitive: keep them out of the page cache and off shared disks.
        ctx.header("Cache-Control", "private, no-store");
        ctx.html(templates.render("site/search.jte", new SearchView(meta, form.q(),
                filters.from() == null ? "" : filters.from().toString(),
                filters.to() == null ? "" : filters.to().toString(),
                SearchChoices.categories(stores.categories().all(), filters.category()),
                SearchChoices.sources(stores.sources().all(), filters.source()),
                List.copyOf(notes), shown.summary(), shown.hits(), shown.pagination())));
    }
}
