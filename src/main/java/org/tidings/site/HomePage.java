package org.tidings.site;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.tidings.store.PostFilter;

/** {@code /}: every published post, newest first. */
public final class HomePage implements Handler {
    private final Listings listings;

    public HomePage(Listings listings) {
        this.listings = listings;
    }

    @Override
    public void handle(Context ctx) {
        Site site = listings.site();
        String description = site.description().isBlank() ? "The latest posts on " + site.title() : site.description();
        listings.render(ctx, new Listings.Listing("/", null, null, description, PostFilter.all()));
    }
}
