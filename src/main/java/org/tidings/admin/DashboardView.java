package org.tidings.admin;

import java.util.List;
import org.tidings.content.Problems;

/**
 * The admin's start page: the posts waiting for review, the drafts and what is scheduled (the
 * first few of each and how many there are), what people did lately, and the quick draft form.
 */
public record DashboardView(AdminPage page, Section pending, Section drafts, Section scheduled,
        List<ActivityLine> activity, QuickDraft quickDraft) {

    /** A few posts of one status, how many there are in all, and the post list showing them all. */
    public record Section(List<PostLine> posts, int total, String allUrl) {
    }

    /** One post: its editor, title, byline and a time (last change, or when it goes out if scheduled). */
    public record PostLine(String editUrl, String title, String byline, String time, String isoTime) {
    }

    /** "alice published “Title”" at {@code time}; {@code editUrl} null when the post is gone. */
    public record ActivityLine(String text, String editUrl, String time, String isoTime) {
    }

    /** The quick draft form's values and what is wrong with them (none: a fresh form). */
    public record QuickDraft(String title, String text, Problems problems) {
        static final QuickDraft EMPTY = new QuickDraft("", "", Problems.NONE);
    }
}
