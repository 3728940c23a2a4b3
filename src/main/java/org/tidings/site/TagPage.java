package org.tidings.site;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import org.tidings.content.Tag;
import org.tidings.store.PostFilter;
import org.tidings.store.TagStore;

/** {@code /tag/SLUG/}: posts with a tag. */
public final class TagPage implements Handler {
    private final TagStore tags;
    private final Listings listings;

    public TagPage(TagStore tags, Listings listings) {
        this.tags = tags;
        this.listings = listings;
    }

    @Override
    public void handle(Context ctx) {
        Tag tag = tags.bySlug(ctx.pathParam("slug")).orElseThrow(NotFoundResponse::new);
        listings.render(ctx, new Listings.Listing(Urls.tag(tag.slug()), "Tag: " + tag.name(), null,
                "Posts tagged " + tag.name() + " on " + listings.site().title(), PostFilter.tagged(tag.id()), true));
    }
}
