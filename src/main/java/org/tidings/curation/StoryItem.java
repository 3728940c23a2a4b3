package org.tidings.curation;

import java.time.Instant;
import java.util.Objects;

/**
 * An item to group into stories: what an outlet published.
 *
 * @param id the item's own id (stable: assigning the same id again changes nothing)
 * @param outlet the outlet that published it
 * @param title its headline
 * @param text its summary or full text
 * @param published when it was published
 * @param language {@code en}, {@code ko}, or null to find it from the text
 */
public record StoryItem(String id, String outlet, String title, String text, Instant published, String language) {
    public StoryItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(published, "published");
    }
}
