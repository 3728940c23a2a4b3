package org.tidings.curation;

/**
 * Which inbox items to list, newest first: of one state and one outlet (either null for all), a page of {@code limit}
 * from {@code offset}.
 */
public record InboxQuery(ItemState state, Long sourceId, int limit, int offset) {
    public static InboxQuery all(int limit) {
        return new InboxQuery(null, null, limit, 0);
    }
}
