package org.tidings.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.YearMonth;
import java.util.Optional;
import org.tidings.content.Author;
import org.tidings.content.Category;
import org.tidings.content.Source;
import org.tidings.content.Tag;
import org.tidings.i18n.Dates;
import org.tidings.i18n.Messages;
import org.tidings.store.PostFilter;
import org.tidings.store.Stores;

/**
 * The one definition of every archive: what each kind selects, its heading, title and
 * description. Pages, feeds and (later) the static export all find their listings here.
 */
public final class Archives {
    private final Stores stores;
    private final Site site;

    public Archives(Stores stores, Site site) {
        this.stores = stores;
        this.site = site;
    }

    /**
     * The archive of {@code kind} named {@code key}: a slug, a year ({@code 2026}) or a month
     * ({@code 2026/11}), ignored for the home page; empty when there is no such archive.
     */
    public Optional<Listing> find(ListingKind kind, String key) {
        return switch (kind) {
            case HOME -> Optional.of(home());
            case CATEGORY -> stores.categories().bySlug(key).map(this::category);
            case TAG -> stores.tags().bySlug(key).map(this::tag);
            case AUTHOR -> stores.authors().bySlug(key).map(this::author);
            case SOURCE -> stores.sources().bySlug(key).map(this::source);
            case YEAR -> key.matches("[0-9]{4}") ? Optional.of(year(Integer.parseInt(key))) : Optional.empty();
            case MONTH -> key.matches("[0-9]{4}/(0[1-9]|1[0-2])")
                    ? Optional.of(month(YearMonth.of(Integer.parseInt(key.substring(0, 4)),
                            Integer.parseInt(key.substring(5)))))
                    : Optional.empty();
            case DAY -> day(key);
        };
    }

    /** Every published post; its feeds are the site's, named after the site. */
    public Listing home() {
        String description = site.description().isBlank() ? words("site.archive.home.description", site.title()) : site.description();
        return new Listing(ListingKind.HOME, Urls.listing(ListingKind.HOME, ""), null, site.title(), null,
                description, PostFilter.all());
    }

    /** A category with the posts of the categories below it. */
    private Listing category(Category category) {
        String description = category.description().isBlank()
                ? words("site.archive.category.description", category.name(), site.title())
                : category.description();
        return archive(ListingKind.CATEGORY, category.slug(), words("site.archive.category.heading", category.name()), category.description(),
                description, PostFilter.inCategories(stores.categories().withDescendants(category.id())));
    }

    private Listing tag(Tag tag) {
        return archive(ListingKind.TAG, tag.slug(), words("site.archive.tag.heading", tag.name()), null,
                words("site.archive.tag.description", tag.name(), site.title()), PostFilter.tagged(tag.id()));
    }

    private Listing author(Author author) {
        return archive(ListingKind.AUTHOR, author.slug(), words("site.archive.author.heading", author.name()), author.bio(),
                words("site.archive.author.description", author.name(), site.title()), PostFilter.byAuthor(author.id()));
    }

    private Listing source(Source source) {
        return archive(ListingKind.SOURCE, source.slug(), words("site.archive.source.heading", source.name()), null,
                words("site.archive.source.description", source.name(), site.title()), PostFilter.fromSource(source.id()));
    }

    /** Posts published in a year, in the site's zone. */
    private Listing year(int year) {
        return archive(ListingKind.YEAR, "%04d".formatted(year), words("site.archive.date.heading", Integer.toString(year)), null,
                words("site.archive.date.description", Integer.toString(year), site.title()),
                between(YearMonth.of(year, 1), YearMonth.of(year + 1, 1)));
    }

    /** Posts published in a month, in the site's zone. */
    private Listing month(YearMonth month) {
        String name = Messages.in(site.language(), () -> Dates.month(month));
        return archive(ListingKind.MONTH, "%04d/%02d".formatted(month.getYear(), month.getMonthValue()),
                words("site.archive.date.heading", name), null,
                words("site.archive.date.description", name, site.title()),
                between(month, month.plusMonths(1)));
    }

    /** Posts published on a day {@code YYYY/MM/DD}, in the site's zone; empty for no such day. */
    private Optional<Listing> day(String key) {
        if (!key.matches("[0-9]{4}/[0-9]{2}/[0-9]{2}")) {
            return Optional.empty();
        }
        LocalDate day;
        try {
            day = LocalDate.parse(key.replace('/', '-'));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        String name = Messages.in(site.language(), () -> Dates.day(day));
        return Optional.of(archive(ListingKind.DAY, key, words("site.archive.date.heading", name), null,
                words("site.archive.date.description", name, site.title()), PostFilter.between(
                        day.atStartOfDay(site.zone()).toInstant(), day.plusDays(1).atStartOfDay(site.zone()).toInstant())));
    }

    private Listing archive(ListingKind kind, String key, String heading, String intro, String description,
            PostFilter filter) {
        return new Listing(kind, Urls.listing(kind, key), heading, words("site.archive.title", heading, site.title()), intro,
                description, filter);
    }

    /** From the start of {@code from} (inclusive) to the start of {@code until} (exclusive). */
    private PostFilter between(YearMonth from, YearMonth until) {
        return PostFilter.between(start(from), start(until));
    }

    private Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(site.zone()).toInstant();
    }

    /** The site's words for an archive, in the site's language (feeds ask outside any page). */
    private String words(String key, String... args) {
        return Messages.text(site.language(), key, (Object[]) args);
    }
}
