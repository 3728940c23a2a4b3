package org.tidings.feeds;

import java.util.Optional;
import org.tidings.site.Site;
import org.tidings.site.Urls;
import org.tidings.store.PostFilter;
import org.tidings.store.Stores;

/** Finds the listing a feed URL names, with the titles its page uses; empty for an unknown slug. */
public final class FeedScopes {
    private final Stores stores;
    private final Site site;

    public FeedScopes(Stores stores, Site site) {
        this.stores = stores;
        this.site = site;
    }

    public Optional<FeedScope> site() {
        String description = site.description().isBlank() ? "The latest posts on " + site.title() : site.description();
        return Optional.of(new FeedScope(site.title(), description, "/", PostFilter.all()));
    }

    /** A category with the posts of the categories below it, as on its page. */
    public Optional<FeedScope> category(String slug) {
        return stores.categories().bySlug(slug).map(c -> new FeedScope(titled("Category: " + c.name()),
                c.description().isBlank() ? "Posts in the category " + c.name() + " on " + site.title() : c.description(),
                Urls.category(c.slug()), PostFilter.inCategories(stores.categories().withDescendants(c.id()))));
    }

    public Optional<FeedScope> tag(String slug) {
        return stores.tags().bySlug(slug).map(t -> new FeedScope(titled("Tag: " + t.name()),
                "Posts tagged " + t.name() + " on " + site.title(), Urls.tag(t.slug()), PostFilter.tagged(t.id())));
    }

    public Optional<FeedScope> author(String slug) {
        return stores.authors().bySlug(slug).map(a -> new FeedScope(titled("Author: " + a.name()),
                "Posts by " + a.name() + " on " + site.title(), Urls.author(a.slug()), PostFilter.byAuthor(a.id())));
    }

    public Optional<FeedScope> source(String slug) {
        return stores.sources().bySlug(slug).map(s -> new FeedScope(titled("Source: " + s.name()),
                "Posts excerpted from " + s.name() + " on " + site.title(), Urls.source(s.slug()),
                PostFilter.fromSource(s.id())));
    }

    private String titled(String heading) {
        return heading + " – " + site.title();
    }
}
