package org.tidings.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tidings.content.MenuItem;
import org.tidings.content.Menus;
import org.tidings.content.Page;
import org.tidings.content.Taxonomy;
import org.tidings.content.Term;
import org.tidings.i18n.Language;
import org.tidings.i18n.Messages;
import org.tidings.store.Stores;

/**
 * The site menu as links, in the site's language: each item named by its label or by what it
 * links to. An item whose category, outlet or page is gone (or a page not published) is left out.
 */
public final class SiteMenu {
    private SiteMenu() {
    }

    public static List<Link> links(Stores stores, Language language) {
        List<Link> links = new ArrayList<>();
        for (MenuItem item : Menus.current(stores)) {
            link(stores, item, language).ifPresent(links::add);
        }
        return links;
    }

    /** The link an item makes, named by its label when it has one. */
    public static Optional<Link> link(Stores stores, MenuItem item, Language language) {
        Optional<Link> target = target(stores, item, language);
        return item.label().isBlank() ? target : target.map(found -> new Link(item.label(), found.url()));
    }

    private static Optional<Link> target(Stores stores, MenuItem item, Language language) {
        return switch (item.kind()) {
            case CATEGORY -> term(stores, Taxonomy.CATEGORY, item.targetId());
            case SOURCE -> term(stores, Taxonomy.SOURCE, item.targetId());
            case PAGE -> stores.pages().byId(item.targetId()).filter(Page::published)
                    .map(page -> new Link(page.title(), Urls.simplePage(page.slug())));
            case LINK -> Optional.of(new Link(item.url(), item.url()));
            case CATEGORIES -> index(language, "site.index.categories", Urls.index(Taxonomy.CATEGORY));
            case TAGS -> index(language, "site.index.tags", Urls.index(Taxonomy.TAG));
            case OUTLETS -> index(language, "site.index.sources", Urls.index(Taxonomy.SOURCE));
            case AUTHORS -> index(language, "site.index.authors", Urls.index(Taxonomy.AUTHOR));
            case ARCHIVES -> index(language, "site.index.archives", Urls.archives());
        };
    }

    private static Optional<Link> term(Stores stores, Taxonomy taxonomy, Long id) {
        Optional<Term> term = id == null ? Optional.empty() : stores.terms().byId(taxonomy, id);
        return term.map(t -> new Link(t.name(), Urls.term(taxonomy, t.slug())));
    }

    private static Optional<Link> index(Language language, String key, String url) {
        return Optional.of(new Link(Messages.text(language, key), url));
    }
}
