package org.tidings.site;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import org.tidings.content.Category;
import org.tidings.store.CategoryStore;
import org.tidings.store.PostFilter;

/** {@code /category/SLUG/}: posts in a category and in the categories below it. */
public final class CategoryPage implements Handler {
    private final CategoryStore categories;
    private final Listings listings;

    public CategoryPage(CategoryStore categories, Listings listings) {
        this.categories = categories;
        this.listings = listings;
    }

    @Override
    public void handle(Context ctx) {
        Category category = categories.bySlug(ctx.pathParam("slug")).orElseThrow(NotFoundResponse::new);
        String description = category.description().isBlank()
                ? "Posts in the category " + category.name() + " on " + listings.site().title()
                : category.description();
        listings.render(ctx, new Listings.Listing(Urls.category(category.slug()), "Category: " + category.name(),
                category.description(), description,
                PostFilter.inCategories(categories.withDescendants(category.id())), true));
    }
}
