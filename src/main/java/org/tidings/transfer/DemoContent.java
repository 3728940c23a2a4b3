package org.tidings.transfer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.tidings.content.Actor;
import org.tidings.content.ChangeKind;
import org.tidings.content.ContentService;
import org.tidings.content.HtmlSanitizer;
import org.tidings.content.PostInput;
import org.tidings.content.PostInput.Publication;
import org.tidings.content.PostStatus;
import org.tidings.store.SettingStore;
import org.tidings.store.Stores;

/**
 * A small invented site for newcomers: a few categories (one with a child), authors and
 * fictional outlets, and thirty posts written for this project.
 */
public final class DemoContent {
    private static final List<String> AUTHORS = List.of("Min-ji Park", "Editorial desk", "J. Han");
    private static final List<String[]> OUTLETS = List.of(
            new String[] {"Harbour Daily", "https://harbour-daily.example/"},
            new String[] {"Northern Wire", "https://northern-wire.example/"},
            new String[] {"Peninsula Review", "https://peninsula-review.example/"},
            new String[] {"Border Radio", "https://border-radio.example/"});
    private static final List<String> SUBJECTS = List.of(
            "Resettlement centre", "Aid group", "Border town", "Language school", "Job fair", "Volunteer clinic",
            "Trade data", "Family reunion talks", "Radio broadcast", "Scholarship fund");
    private static final List<String> ACTIONS = List.of(
            "opens its doors to new arrivals", "reports a busy winter", "asks for more volunteers",
            "publishes its yearly figures", "adds evening classes", "hears from former residents");
    private static final List<String> PARAGRAPHS = List.of(
            "Staff said the number of people asking for help had grown steadily over the past year, "
                    + "and that most of them arrived with little more than the clothes they wore.",
            "Volunteers described long days of paperwork, housing searches and language lessons, "
                    + "and said that a friendly face often mattered as much as any form.",
            "Officials declined to give exact figures, citing the safety of families who remain behind, "
                    + "but confirmed that the programme would continue next year.",
            "Several newcomers said the first months were the hardest: new words, new money, "
                    + "and a new rhythm of life in a city that never seems to sleep.",
            "Organisers hope to double the number of places by next spring if funding allows.");

    private DemoContent() {
    }

    /** Fills an empty site; does nothing when posts already exist. Returns the number of posts added. */
    public static int fillIfEmpty(ContentService content, Stores stores) {
        if (stores.posts().countPublished(org.tidings.store.PostFilter.all()) > 0) {
            return 0;
        }
        int count = 30;
        // One write: the demo site appears whole, as one change every follower applies.
        stores.database().write(changes -> {
            content.saveSettings(Map.of(SettingStore.SITE_TITLE, "Tidings Demo",
                    SettingStore.SITE_DESCRIPTION, "News about North Korean refugees, curated"));
            stores.categories().findOrCreate("Refugees", null, "Life after escape: journeys, resettlement and rights.");
            stores.categories().findOrCreate("Resettlement", "Refugees", "Building a new life in a new country.");
            stores.categories().findOrCreate("Human rights", null, "");
            stores.categories().findOrCreate("Economy", null, "Markets, trade and work.");
            OUTLETS.forEach(o -> stores.sources().setHomepage(o[0], o[1]));
            changes.touched(ChangeKind.TERMS);
            Instant now = content.clock().instant();
            for (int i = 0; i < count; i++) {
                content.create(post(i, now.minus(Duration.ofHours(19L * i + 3))), Actor.COMMAND_LINE);
            }
        });
        return count;
    }

    private static PostInput post(int i, Instant published) {
        String title = SUBJECTS.get(i % SUBJECTS.size()) + " " + ACTIONS.get(i % ACTIONS.size());
        String body = "<p>" + PARAGRAPHS.get(i % PARAGRAPHS.size()) + "</p>\n<p>"
                + PARAGRAPHS.get((i + 2) % PARAGRAPHS.size()) + "</p>"
                + (i % 4 == 0 ? "\n<ul><li>Classes run every weekday.</li><li>Meals are shared.</li></ul>" : "");
        String[] outlet = OUTLETS.get(i % OUTLETS.size());
        String category = List.of("Refugees", "Resettlement", "Human rights", "Economy").get(i % 4);
        List<String> tags = i % 3 == 0 ? List.of("winter", "volunteers") : List.of("families");
        String articleUrl = i % 2 == 0 ? outlet[1] + "stories/" + (1000 + i) : null;
        return new PostInput(title, "", HtmlSanitizer.sanitize(body), null, "",
                new Publication(PostStatus.PUBLISHED, published, i % 10 == 9),
                i % 7 == 6 ? null : AUTHORS.get(i % AUTHORS.size()), outlet[0], articleUrl, List.of(category), tags,
                "demo:" + i);
    }
}
