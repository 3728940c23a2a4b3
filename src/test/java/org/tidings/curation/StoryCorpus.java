package org.tidings.curation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.json.Json;

/** The shared ECB+ corpus: English news documents labelled with the story (seminal event) they report. */
final class StoryCorpus {
    private static final Path FILE = Path.of("../shared/corpora/story-clusters/ecbplus/ecbplus_docs.jsonl");

    /** One document: its headline (first sentence), the rest of its text, its topic and its story. */
    record Document(String id, int topic, String story, String title, String text) {
    }

    private StoryCorpus() {
    }

    /** All 982 documents in file order; the test is skipped, saying why, where ../shared is absent. */
    static List<Document> documents() {
        Assumptions.assumeTrue(Files.isRegularFile(FILE), "the shared ECB+ corpus is absent: " + FILE.toAbsolutePath());
        Json json = new Json();
        try {
            return Files.readAllLines(FILE, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank())
                    .map(line -> document(json.toType(line, Map.class)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(Map<?, ?> fields) {
        String text = (String) fields.get("text");
        String title = (String) fields.get("first_sentence");
        String body = text.startsWith(title) ? text.substring(title.length()).strip() : text;
        return new Document((String) fields.get("doc_id"), ((Number) fields.get("topic")).intValue(),
                (String) fields.get("story_cluster"), title, body);
    }
}
