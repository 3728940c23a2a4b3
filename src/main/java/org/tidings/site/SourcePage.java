package org.tidings.site;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import org.tidings.content.Source;
import org.tidings.store.PostFilter;
import org.tidings.store.SourceStore;

/** {@code /source/SLUG/}: every post excerpted from one outlet. */
public final class SourcePage implements Handler {
    private final SourceStore sources;
    private final Listings listings;

    public SourcePage(SourceStore sources, Listings listings) {
        this.sources = sources;
        this.listings = listings;
    }

    @Override
    public void handle(Context ctx) {
        Source source = sources.bySlug(ctx.pathParam("slug")).orElseThrow(NotFoundResponse::new);
        listings.render(ctx, new Listings.Listing(Urls.source(source.slug()), "Source: " + source.name(), null,
                "Posts excerpted from " + source.name() + " on " + listings.site().title(),
                PostFilter.fromSource(source.id()), true));
    }
}
