package org.tidings.curation;

import org.tidings.i18n.Wording;

/**
 * What one fetch of a feed came to: new items stored, unchanged (304, or nothing new), or failed
 * with {@code error} (which names the feed). {@code slowDown} is true when the server asked for
 * fewer requests (429 or 503), so its host's other feeds wait too.
 */
public record FeedPoll(Feed feed, Outcome outcome, int added, Wording error, boolean slowDown,
        NextFetch next) {
    public enum Outcome { NEW_ITEMS, UNCHANGED, FAILED }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }
}
