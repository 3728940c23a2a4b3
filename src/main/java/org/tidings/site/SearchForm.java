package org.tidings.site;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The search form as sent: words, category and outlet slugs, dates as {@code YYYY-MM-DD} (all
 * possibly blank or wrong; the page says what it could not use) and the page number.
 */
public record SearchForm(String q, String category, String source, String from, String to, int page) {

    static SearchForm of(Context ctx) {
        return new SearchForm(param(ctx, "q"), param(ctx, "category"), param(ctx, "source"), param(ctx, "from"),
                param(ctx, "to"), pageNumber(param(ctx, "page")));
    }

    boolean hasWords() {
        return !q.isBlank();
    }

    /** The date in {@code text}, empty when blank or not a {@code YYYY-MM-DD} date. */
    static Optional<LocalDate> date(String text) {
        try {
            return text.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String param(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null ? "" : value.strip();
    }

    private static int pageNumber(String text) {
        return text.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(text) : 1;
    }
}
