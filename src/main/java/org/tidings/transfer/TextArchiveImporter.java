package org.tidings.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.tidings.content.Actor;
import org.tidings.content.ContentService;
import org.tidings.content.HtmlSanitizer;
import org.tidings.content.PostInput;
import org.tidings.content.PostInput.Publication;
import org.tidings.content.PostStatus;
import org.tidings.content.TidingsException;

/**
 * Imports plain-text archive captures as published posts. Each post is saved in its own
 * transaction under a key made from its content, so an interrupted or repeated import adds nothing twice.
 */
public final class TextArchiveImporter {
    private final ContentService content;
    private final ZoneId zone;

    public TextArchiveImporter(ContentService content, ZoneId zone) {
        this.content = content;
        this.zone = zone;
    }

    /**
     * Imports {@code file}; {@code category} (may be null) overrides the file's "Category:" line.
     * {@code progress} hears of each post as it is imported or skipped.
     */
    public ImportReport importFile(Path file, String category, Consumer<ImportOutcome> progress) {
        TextArchive archive = TextArchiveParser.parse(read(file));
        String categoryName = category != null ? category : archive.category();
        Instant importTime = content.clock().instant();
        List<ImportOutcome> outcomes = new ArrayList<>();
        archive.skipped().forEach(skipped -> report(skipped, outcomes, progress));
        List<ArchivePost> found = archive.posts();
        for (int i = 0; i < found.size(); i++) {
            ArchivePost post = found.get(i);
            String key = importKey(post);
            if (content.hasImported(key)) {
                report(new ImportOutcome.Skipped(post.title(), "already imported"), outcomes, progress);
                continue;
            }
            // Undated posts keep the capture's order: each is a millisecond older than the one above it.
            Instant published = post.date() == null ? importTime.minusMillis(i)
                    : post.date().atStartOfDay(zone).toInstant();
            long id = content.create(toInput(post, categoryName, published, key), Actor.COMMAND_LINE);
            report(new ImportOutcome.Imported(id, post.title(), post.source()), outcomes, progress);
        }
        return new ImportReport(outcomes);
    }

    private static void report(ImportOutcome outcome, List<ImportOutcome> outcomes, Consumer<ImportOutcome> progress) {
        outcomes.add(outcome);
        progress.accept(outcome);
    }

    private static PostInput toInput(ArchivePost post, String category, Instant published, String key) {
        return new PostInput(post.title(), "", HtmlSanitizer.sanitize(ParagraphHtml.toHtml(post.paragraphs())), null,
                "", new Publication(PostStatus.PUBLISHED, published, post.date() == null), post.author(),
                post.source(), post.sourceUrl(), category == null ? List.of() : List.of(category), List.of(), key);
    }

    private static byte[] read(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new TidingsException("no such file");
            }
            TextArchiveParser.checkSize(Files.size(file));
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TidingsException("cannot read the file: " + e.getMessage(), e);
        }
    }

    private static String importKey(ArchivePost post) {
        String identity = "text\n" + post.title() + "\n" + post.date() + "\n" + post.author() + "\n" + post.source()
                + "\n" + String.join("\n", post.paragraphs());
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return "text:" + HexFormat.of().formatHex(hash, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
