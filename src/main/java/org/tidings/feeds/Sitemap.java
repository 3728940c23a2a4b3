package org.tidings.feeds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tidings.content.Page;
import org.tidings.content.Taxonomy;
import org.tidings.content.TidingsException;
import org.tidings.site.ListingKind;
import org.tidings.site.Site;
import org.tidings.site.Urls;
import org.tidings.store.PostFilter;
import org.tidings.store.SitemapStore;
import org.tidings.store.SitemapStore.ArchiveStamp;
import org.tidings.store.Stores;

/**
 * The site's URLs for search engines: the home page, archives with posts, then every published
 * post. Up to {@code urlsPerFile} URLs it is one file; beyond, {@code sitemap.xml} is an index of
 * numbered parts. Posts are streamed from the store, never all held at once.
 */
public final class Sitemap {
    /** The sitemaps.org limit of URLs in one file. */
    public static final int MAX_URLS_PER_FILE = 50_000;
    private final Stores stores;
    private final Site site;
    private final int urlsPerFile;

    private Sitemap(Stores stores, Site site, int urlsPerFile) {
        this.stores = stores;
        this.site = site;
        this.urlsPerFile = urlsPerFile;
    }

    /**
     * A sitemap with the number of URLs per file from the setting {@code sitemap.urls-per-file}
     * (the sitemaps.org limit by default; tests set a small one to see the index).
     */
    public static Sitemap configured(Stores stores, Site site) {
        String setting = stores.settings().value("sitemap.urls-per-file", String.valueOf(MAX_URLS_PER_FILE));
        if (!setting.matches("[0-9]{1,6}") || Integer.parseInt(setting) < 1
                || Integer.parseInt(setting) > MAX_URLS_PER_FILE) {
            throw new TidingsException("the setting sitemap.urls-per-file must be a number from 1 to "
                    + MAX_URLS_PER_FILE + ", not '" + setting + "'");
        }
        return new Sitemap(stores, site, Integer.parseInt(setting));
    }

    private record Url(String path, Instant lastmod) {
    }

    /** The listing pages and how many URLs there are in all, in how many files. */
    private record Plan(List<Url> pages, int total, int parts) {
    }

    /** {@code /sitemap.xml}: every URL, or the index of the parts when they do not fit in one file. */
    public String document() {
        Plan plan = plan();
        if (plan.parts() <= 1) {
            return urlset(plan.pages(), 0, plan.total());
        }
        SitemapXml index = SitemapXml.index();
        for (int n = 1; n <= plan.parts(); n++) {
            index.add(site.absolute(Urls.sitemapPart(n)), null);
        }
        return index.finish();
    }

    /** {@code /sitemap-N.xml}: part {@code n} (from 1) of a split sitemap; empty when there is no such part. */
    public Optional<String> part(int n) {
        Plan plan = plan();
        if (plan.parts() <= 1 || n < 1 || n > plan.parts()) {
            return Optional.empty();
        }
        int from = (n - 1) * urlsPerFile;
        return Optional.of(urlset(plan.pages(), from, Math.min(plan.total(), from + urlsPerFile)));
    }

    private Plan plan() {
        List<Url> pages = pages();
        int total = pages.size() + stores.posts().countPublished(PostFilter.all());
        return new Plan(pages, total, (total + urlsPerFile - 1) / urlsPerFile);
    }

    /** The URLs from {@code from} (inclusive) to {@code to}: listing pages first, then posts by id. */
    private String urlset(List<Url> pages, int from, int to) {
        SitemapXml urlset = SitemapXml.urlset();
        for (Url page : pages.subList(Math.min(from, pages.size()), Math.min(to, pages.size()))) {
            urlset.add(site.absolute(page.path()), page.lastmod());
        }
        int postsFrom = Math.max(from, pages.size()) - pages.size();
        int postCount = to - Math.max(from, pages.size());
        if (postCount > 0) {
            stores.sitemap().publishedPosts(postCount, postsFrom, p -> urlset.add(
                    site.absolute(Urls.post(p.slug(), p.addressDate(site.zone()))), p.changedAt()));
        }
        return urlset.finish();
    }

    /** The home page, the index pages, every archive with published posts and every published simple page, at their listings' paths, with their last changes. */
    private List<Url> pages() {
        SitemapStore store = stores.sitemap();
        List<Url> pages = new ArrayList<>();
        Optional<Instant> latest = store.latestChange();
        pages.add(new Url(Urls.listing(ListingKind.HOME, ""), latest.orElse(null)));
        latest.ifPresent(when -> pages.add(new Url(Urls.archives(), when)));
        addArchives(pages, Taxonomy.CATEGORY, store.categories());
        addArchives(pages, Taxonomy.TAG, store.tags());
        addArchives(pages, Taxonomy.AUTHOR, store.authors());
        addArchives(pages, Taxonomy.SOURCE, store.sources());
        stores.pages().all().stream().filter(Page::published)
                .forEach(page -> pages.add(new Url(Urls.simplePage(page.slug()), page.updatedAt())));
        return pages;
    }

    /** The archives of a taxonomy with published posts, after their index page (none when there are none). */
    private static void addArchives(List<Url> pages, Taxonomy taxonomy, List<ArchiveStamp> stamps) {
        stamps.stream().map(ArchiveStamp::changedAt).max(Comparator.naturalOrder())
                .ifPresent(latest -> pages.add(new Url(Urls.index(taxonomy), latest)));
        stamps.forEach(stamp -> pages.add(new Url(Urls.term(taxonomy, stamp.slug()), stamp.changedAt())));
    }
}
