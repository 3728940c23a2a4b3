package org.tidings.site;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tidings.app.Templates;
import org.tidings.content.Taxonomy;
import org.tidings.i18n.Messages;
import org.tidings.store.NavigationStore.ArchiveCount;
import org.tidings.store.Stores;

/**
 * The index pages readers find every archive from: {@code /category/}, {@code /tag/},
 * {@code /source/} and {@code /author/} list the archives with published posts and their counts,
 * {@code /archive/} the years and months (newest first) in the site's zone.
 */
public final class IndexPages {
    private final Stores stores;
    private final Site site;
    private final Templates templates;
    private final Breadcrumbs breadcrumbs;

    public IndexPages(Stores stores, Site site, Templates templates) {
        this.stores = stores;
        this.site = site;
        this.templates = templates;
        this.breadcrumbs = new Breadcrumbs(stores, site);
    }

    /** The index of {@code taxonomy}'s archives. */
    public Handler of(Taxonomy taxonomy) {
        return ctx -> {
            List<IndexEntry> entries = stores.navigation().withPosts(taxonomy).stream()
                    .map((ArchiveCount a) -> new IndexEntry(a.name(), Urls.term(taxonomy, a.slug()), a.count()))
                    .toList();
            render(ctx, breadcrumbs.indexName(taxonomy), Urls.index(taxonomy), entries);
        };
    }

    /** The index of the date archives. */
    public Handler dates() {
        return ctx -> render(ctx, Messages.text(site.language(), "site.index.archives"), Urls.archives(), years());
    }

    private List<IndexEntry> years() {
        Map<YearMonth, Integer> months = new TreeMap<>(Comparator.reverseOrder());
        for (Instant when : stores.navigation().publicationTimes()) {
            months.merge(YearMonth.from(when.atZone(site.zone())), 1, Integer::sum);
        }
        Map<Integer, List<IndexEntry>> byYear = new TreeMap<>(Comparator.reverseOrder());
        months.forEach((month, count) -> byYear.computeIfAbsent(month.getYear(), y -> new ArrayList<>())
                .add(new IndexEntry(breadcrumbs.monthName(month.getMonthValue()),
                        Urls.month(month.getYear(), month.getMonthValue()), count)));
        List<IndexEntry> years = new ArrayList<>();
        byYear.forEach((year, inYear) -> years.add(new IndexEntry(
                Messages.text(site.language(), "site.archive.year", Integer.toString(year)),
                Urls.listing(ListingKind.YEAR, "%04d".formatted(year)),
                inYear.stream().mapToInt(IndexEntry::count).sum(), inYear)));
        return years;
    }

    private void render(Context ctx, String heading, String path, List<IndexEntry> entries) {
        PageMeta meta = new PageMeta(heading + " – " + site.title(),
                Messages.text(site.language(), "site.index.description", heading, site.title()),
                site.absolute(path), site)
                .withFeeds(FeedLinks.site(site))
                .withBreadcrumbs(breadcrumbs.toIndex(heading));
        ctx.html(templates.render("site/index.jte", new IndexView(meta, heading, entries)));
    }
}
