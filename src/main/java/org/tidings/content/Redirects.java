package org.tidings.content;

import org.tidings.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import org.tidings.app.SafeRedirect;

/**
 * Redirects editors add and remove (the admin's Redirects screen, {@code tidings redirect}), each
 * in one write that the change log records. Both ends are paths on this site: a redirect can never
 * send readers to another host.
 */
public final class Redirects {
    /** The redirects table's column width. */
    private static final int MAX_LENGTH = 1000;
    private final ContentService content;

    Redirects(ContentService content) {
        this.content = content;
    }

    /** Sends {@code from} (a path) to {@code to} (a path, perhaps with a query) with a 301; refused: nothing changes. */
    public Problems add(String from, String to) {
        Outcome<String> oldPath = sitePath("from", from, false);
        Outcome<String> newPath = sitePath("to", to, true);
        List<Problems.Problem> found = new ArrayList<>(oldPath.problems().list());
        found.addAll(newPath.problems().list());
        Problems problems = new Problems(found);
        if (problems.isEmpty() && oldPath.value().equals(newPath.value())) {
            problems = Problems.of("to", Messages.t("words.redirects.loop"));
        }
        if (problems.isEmpty()) {
            content.database().write(changes -> {
                content.stores().redirects().add(oldPath.value(), newPath.value());
                changes.touched(ChangeKind.REDIRECTS);
            });
        }
        return problems;
    }

    /** Stops redirecting {@code from}; false when it did not redirect. */
    public boolean remove(String from) {
        String path = from == null ? "" : from.strip();
        return content.database().writeReturning(changes -> {
            boolean removed = content.stores().redirects().remove(path);
            if (removed) {
                changes.touched(ChangeKind.REDIRECTS);
            }
            return removed;
        });
    }

    /**
     * {@code value} as it will be matched and sent: a path of this site, spelled as
     * {@link SafeRedirect} spells a Location (so {@code //host}, {@code /\host} and dot segments
     * cannot stand in it), with a query only where {@code queryAllowed}.
     */
    private static Outcome<String> sitePath(String field, String value, boolean queryAllowed) {
        String given = value == null ? "" : value.strip();
        String label = Messages.t("words.redirects.label." + field);
        if (given.isEmpty()) {
            return Outcome.refused(field, Messages.t("words.redirects.missing", label));
        }
        if (!given.startsWith("/") || given.startsWith("//") || given.startsWith("/\\")) {
            return Outcome.refused(field, Messages.t("words.redirects.notPath", label));
        }
        if (!queryAllowed && (given.contains("?") || given.contains("#"))) {
            return Outcome.refused(field, Messages.t("words.redirects.query", label));
        }
        String path = SafeRedirect.location(given);
        if (path.length() > MAX_LENGTH) {
            return Outcome.refused(field, Messages.t("words.redirects.long", label, MAX_LENGTH));
        }
        return Outcome.done(path);
    }
}
