package org.tidings.site;

import org.tidings.i18n.Messages;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.tidings.content.Category;
import org.tidings.content.Source;
import org.tidings.search.SearchQuery;
import org.tidings.store.Stores;

/**
 * The filters of a search form made usable: a category with the ones below it, an outlet, a date
 * range. What cannot be used is left out, with a note saying so, rather than failing the search.
 */
record SearchFilters(Category category, List<Long> categoryIds, Source source, LocalDate from, LocalDate to,
        List<String> notes) {

    static SearchFilters resolve(SearchForm form, Stores stores) {
        List<String> notes = new ArrayList<>();
        Category category = form.category().isEmpty() ? null : stores.categories().bySlug(form.category()).orElse(null);
        if (category == null && !form.category().isEmpty()) {
            notes.add(Messages.t("words.search.noCategory", form.category()));
        }
        Source source = form.source().isEmpty() ? null : stores.sources().bySlug(form.source()).orElse(null);
        if (source == null && !form.source().isEmpty()) {
            notes.add(Messages.t("words.search.noOutlet", form.source()));
        }
        LocalDate from = date(form.from(), "from", notes);
        LocalDate to = date(form.to(), "to", notes);
        if (from != null && to != null && from.isAfter(to)) {
            notes.add(Messages.t("words.search.swapped"));
            LocalDate later = from;
            from = to;
            to = later;
        }
        List<Long> categoryIds = category == null ? List.of() : stores.categories().withDescendants(category.id());
        return new SearchFilters(category, categoryIds, source, from, to, List.copyOf(notes));
    }

    /** The search for {@code form}'s words with these filters; dates are whole days in the site's zone. */
    SearchQuery query(SearchForm form, ZoneId zone) {
        return new SearchQuery(form.q(), categoryIds, source == null ? null : source.id(),
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), form.page());
    }

    private static LocalDate date(String text, String name, List<String> notes) {
        LocalDate date = SearchForm.date(text).orElse(null);
        if (date == null && !text.isEmpty()) {
            notes.add(Messages.t("words.search.badDate." + name));
        }
        return date;
    }
}
