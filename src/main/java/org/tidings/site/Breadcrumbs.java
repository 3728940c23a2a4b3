package org.tidings.site;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tidings.content.Category;
import org.tidings.content.Taxonomy;
import org.tidings.i18n.Messages;
import org.tidings.store.Stores;

/**
 * The trail from the home page to an archive or index page (Home › Categories › Parent › Child),
 * in the site's language; the last crumb is the page itself and has no link.
 */
public final class Breadcrumbs {
    private final Stores stores;
    private final Site site;

    public Breadcrumbs(Stores stores, Site site) {
        this.stores = stores;
        this.site = site;
    }

    /** The trail to the archive of {@code kind} named {@code key} (as {@link Archives#find} takes it); none for home. */
    public List<Link> toListing(ListingKind kind, String key) {
        return switch (kind) {
            case HOME -> List.of();
            case CATEGORY -> toCategory(key);
            case TAG -> toTerm(Taxonomy.TAG, stores.tags().bySlug(key).map(t -> t.name()).orElse(key));
            case SOURCE -> toTerm(Taxonomy.SOURCE, stores.sources().bySlug(key).map(s -> s.name()).orElse(key));
            case AUTHOR -> toTerm(Taxonomy.AUTHOR, stores.authors().bySlug(key).map(a -> a.name()).orElse(key));
            case YEAR, MONTH, DAY -> toDate(key);
        };
    }

    /** The trail to an index page: Home › its name. */
    public List<Link> toIndex(String name) {
        return List.of(home(), new Link(name, null));
    }

    /** The name of a taxonomy's index page, in the site's language. */
    public String indexName(Taxonomy taxonomy) {
        return text(switch (taxonomy) {
            case CATEGORY -> "site.index.categories";
            case TAG -> "site.index.tags";
            case SOURCE -> "site.index.sources";
            case AUTHOR -> "site.index.authors";
        });
    }

    /** A month's name alone ("December", "12월"), as the date archive index lists months under their year. */
    public String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, site.language().locale());
    }

    private List<Link> toTerm(Taxonomy taxonomy, String name) {
        return List.of(home(), new Link(indexName(taxonomy), Urls.index(taxonomy)), new Link(name, null));
    }

    /** Categories above this one, top first, each linking to its archive. */
    private List<Link> toCategory(String slug) {
        Map<Long, Category> all = stores.categories().all().stream()
                .collect(Collectors.toMap(Category::id, Function.identity()));
        Category category = all.values().stream().filter(c -> c.slug().equals(slug)).findFirst().orElse(null);
        List<Link> trail = new ArrayList<>();
        if (category == null) {
            return trail;
        }
        Set<Long> seen = new HashSet<>(); // guards against a parent loop in hand-edited data
        for (Category at = parent(all, category); at != null && seen.add(at.id()); at = parent(all, at)) {
            trail.addFirst(new Link(at.name(), Urls.category(at.slug())));
        }
        trail.addFirst(new Link(indexName(Taxonomy.CATEGORY), Urls.index(Taxonomy.CATEGORY)));
        trail.addFirst(home());
        trail.add(new Link(category.name(), null));
        return trail;
    }

    /** Home › Archives › 2026 › December › 1, the last crumb unlinked. */
    private List<Link> toDate(String key) {
        String[] parts = key.split("/");
        List<Link> trail = new ArrayList<>(List.of(home(), new Link(text("site.index.archives"), Urls.archives())));
        trail.add(new Link(text("site.archive.year", parts[0]), Urls.listing(ListingKind.YEAR, parts[0])));
        if (parts.length > 1) {
            trail.add(new Link(monthName(Integer.parseInt(parts[1])), Urls.listing(ListingKind.MONTH, parts[0] + "/" + parts[1])));
        }
        if (parts.length > 2) {
            trail.add(new Link(text("site.archive.day", Integer.toString(Integer.parseInt(parts[2]))), null));
        }
        Link last = trail.removeLast();
        trail.add(new Link(last.name(), null));
        return trail;
    }

    private static Category parent(Map<Long, Category> all, Category category) {
        return category.parentId() == null ? null : all.get(category.parentId());
    }

    private Link home() {
        return new Link(text("site.breadcrumbs.home"), Urls.listing(ListingKind.HOME, ""));
    }

    private String text(String key, Object... args) {
        return Messages.text(site.language(), key, args);
    }
}
