package org.tidings.transfer;

import java.time.LocalDate;
import java.util.List;

/**
 * One post read from a text capture. {@code date} and {@code author} are null when the
 * capture lost them; {@code paragraphs} are the body's text blocks in order.
 */
record ArchivePost(int line, String title, LocalDate date, String author, List<String> paragraphs,
        String source, String sourceUrl) {
}
