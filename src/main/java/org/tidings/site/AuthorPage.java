package org.tidings.site;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import org.tidings.content.Author;
import org.tidings.store.AuthorStore;
import org.tidings.store.PostFilter;

/** {@code /author/SLUG/}: posts under one byline. */
public final class AuthorPage implements Handler {
    private final AuthorStore authors;
    private final Listings listings;

    public AuthorPage(AuthorStore authors, Listings listings) {
        this.authors = authors;
        this.listings = listings;
    }

    @Override
    public void handle(Context ctx) {
        Author author = authors.bySlug(ctx.pathParam("slug")).orElseThrow(NotFoundResponse::new);
        listings.render(ctx, new Listings.Listing(Urls.author(author.slug()), "Author: " + author.name(),
                author.bio(), "Posts by " + author.name() + " on " + listings.site().title(),
                PostFilter.byAuthor(author.id()), true));
    }
}
