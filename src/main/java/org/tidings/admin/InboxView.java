package org.tidings.admin;

import java.util.List;

/**
 * One page of the inbox, newest first, one row per story, with the filters as chosen ({@code outlet}
 * null and {@code state} blank: all) and the address of this page, where actions lead back.
 */
public record InboxView(AdminPage page, List<Row> rows, List<Choice> outlets, List<Choice> states, String words,
        String back, String previousUrl, String nextUrl) {

    /** An option of a filter's select. */
    public record Choice(String value, String label, boolean selected) {
    }

    /**
     * A story as its newest item among those listed, and the other outlets' items of its story;
     * {@code lang} null when unknown; {@code postUrl} leads to the post the story was published as (null: not yet).
     */
    public record Row(long id, String outlet, String title, String url, String summary, String isoTime, String time,
            String lang, String stateLabel, boolean flagged, Long storyId, List<Also> also, String draftUrl,
            String postUrl) {
    }

    /** Another item of the story: its outlet and why it was grouped (score, shared words); null reasons: none stored. */
    public record Also(long id, String outlet, String title, String url, String score, String sharedWords) {
    }
}
