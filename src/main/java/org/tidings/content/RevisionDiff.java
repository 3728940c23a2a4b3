package org.tidings.content;

import org.tidings.i18n.Messages;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What changed from one revision to another: fields that differ, and the body line by line. */
public record RevisionDiff(List<FieldChange> fields, List<DiffLine> body) {

    /** A field whose value differs between the two revisions. */
    public record FieldChange(String field, String before, String after) {
    }

    /** One line of the body: in both revisions, only in the newer, or only in the older. */
    public record DiffLine(Kind kind, String text) {
        /** Whether a line was kept, added or removed. */
        public enum Kind { SAME, ADDED, REMOVED }
    }

    public static RevisionDiff between(Revision older, Revision newer) {
        PostInput a = older.content();
        PostInput b = newer.content();
        List<FieldChange> fields = new ArrayList<>();
        field(fields, Messages.t("words.revisions.field.title"), a.title(), b.title());
        field(fields, Messages.t("words.revisions.field.slug"), a.slug(), b.slug());
        field(fields, Messages.t("words.revisions.field.byline"), a.byline(), b.byline());
        field(fields, Messages.t("words.revisions.field.outlet"), a.sourceName(), b.sourceName());
        field(fields, Messages.t("words.revisions.field.source"), a.sourceUrl(), b.sourceUrl());
        field(fields, Messages.t("words.revisions.field.categories"), String.join(", ", a.categoryNames()), String.join(", ", b.categoryNames()));
        field(fields, Messages.t("words.revisions.field.tags"), String.join(", ", a.tagNames()), String.join(", ", b.tagNames()));
        field(fields, Messages.t("words.revisions.field.excerpt"), a.excerpt(), b.excerpt());
        field(fields, Messages.t("words.revisions.field.format"), format(a), format(b));
        return new RevisionDiff(fields, lines(a.source().lines().toList(), b.source().lines().toList()));
    }

    public boolean isEmpty() {
        return fields.isEmpty() && body.stream().allMatch(line -> line.kind() == DiffLine.Kind.SAME);
    }

    private static String format(PostInput content) {
        return (content.markdown() != null ? BodyFormat.MARKDOWN : BodyFormat.HTML).name();
    }

    private static void field(List<FieldChange> fields, String name, String before, String after) {
        if (!Objects.equals(before, after)) {
            fields.add(new FieldChange(name, before, after));
        }
    }

    private static List<DiffLine> lines(List<String> older, List<String> newer) {
        List<DiffLine> lines = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(older, newer).getDeltas()) {
            for (; position < delta.getSource().getPosition(); position++) {
                lines.add(new DiffLine(DiffLine.Kind.SAME, older.get(position)));
            }
            delta.getSource().getLines().forEach(l -> lines.add(new DiffLine(DiffLine.Kind.REMOVED, l)));
            delta.getTarget().getLines().forEach(l -> lines.add(new DiffLine(DiffLine.Kind.ADDED, l)));
            position += delta.getSource().size();
        }
        for (; position < older.size(); position++) {
            lines.add(new DiffLine(DiffLine.Kind.SAME, older.get(position)));
        }
        return lines;
    }
}
