package org.tidings.site;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import org.tidings.store.PostFilter;

/** {@code /YYYY/} and {@code /YYYY/MM/}: posts published in a year or a month, in the site's zone. */
public final class DateArchivePage implements Handler {
    private final Listings listings;

    public DateArchivePage(Listings listings) {
        this.listings = listings;
    }

    @Override
    public void handle(Context ctx) {
        String yearText = ctx.pathParam("year");
        String monthText = ctx.pathParamMap().get("month");
        if (!yearText.matches("[0-9]{4}") || (monthText != null && !monthText.matches("0[1-9]|1[0-2]"))) {
            throw new NotFoundResponse();
        }
        int year = Integer.parseInt(yearText);
        Site site = listings.site();
        if (monthText == null) {
            var from = YearMonth.of(year, 1).atDay(1).atStartOfDay(site.zone()).toInstant();
            var until = YearMonth.of(year + 1, 1).atDay(1).atStartOfDay(site.zone()).toInstant();
            listings.render(ctx, new Listings.Listing(Urls.year(year), "Archive: " + year, null,
                    "Posts published in " + year + " on " + site.title(), PostFilter.between(from, until)));
            return;
        }
        YearMonth month = YearMonth.of(year, Integer.parseInt(monthText));
        String name = Month.of(month.getMonthValue()).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year;
        listings.render(ctx, new Listings.Listing(Urls.month(year, month.getMonthValue()), "Archive: " + name, null,
                "Posts published in " + name + " on " + site.title(),
                PostFilter.between(month.atDay(1).atStartOfDay(site.zone()).toInstant(),
                        month.plusMonths(1).atDay(1).atStartOfDay(site.zone()).toInstant())));
    }
}
