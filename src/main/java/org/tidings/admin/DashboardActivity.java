package org.tidings.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidings.i18n.Dates;
import org.tidings.i18n.Messages;
import org.tidings.store.ActivityStore;

/** Turns saves and publishing events into the dashboard's lines: "alice published “Title”". */
final class DashboardActivity {
    /** How {@link PostStatusChange#subject} names a post, with " at INSTANT" for a scheduled one. */
    private static final Pattern SUBJECT = Pattern.compile("post (\\d+) \"(.*)\"(?: at (\\S+))?", Pattern.DOTALL);

    private DashboardActivity() {
    }

    static List<DashboardView.ActivityLine> lines(List<ActivityStore.Entry> entries, ZoneId zone) {
        return entries.stream().map(entry -> line(entry, zone)).toList();
    }

    private static DashboardView.ActivityLine line(ActivityStore.Entry entry, ZoneId zone) {
        String who = entry.actorName() == null || AuditLog.COMMAND_LINE.equals(entry.actorName())
                ? Messages.t("admin.dashboard.activity.commandLine") : entry.actorName();
        Long postId = entry.postId();
        String title = entry.subject();
        String when = "";
        Matcher named = SUBJECT.matcher(entry.subject());
        if (postId == null && named.matches()) {
            postId = Long.parseLong(named.group(1));
            title = named.group(2);
            when = named.group(3) == null ? "" : time(named.group(3), zone);
        }
        String action = entry.event().replace("post.", "");
        String text = Messages.t("admin.dashboard.activity." + action, who, titled(title), when);
        String editUrl = postId == null || action.equals("deleted") ? null : "/admin/posts/" + postId + "/";
        return new DashboardView.ActivityLine(text, editUrl, Dates.minute(entry.at(), zone),
                entry.at().toString());
    }

    static String titled(String title) {
        return title == null || title.isBlank() ? Messages.t("editor.untitled") : title;
    }

    private static String time(String instant, ZoneId zone) {
        try {
            return Dates.minute(Instant.parse(instant), zone);
        } catch (DateTimeParseException e) {
            return instant;
        }
    }
}
