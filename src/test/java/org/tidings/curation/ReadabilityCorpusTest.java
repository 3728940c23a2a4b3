package org.tidings.curation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The extractor against Mozilla Readability's own test pages: how much of the text Readability
 * finds we find too (token-level F1), and whether we agree on title and byline.
 */
class ReadabilityCorpusTest {
    private static final Path CORPUS = Path.of("../shared/corpora/readability");
    private static final String PAGE_URL = "http://fakehost/test/page.html";
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final double F1_FLOOR = 0.93;
    private static final double TITLE_FLOOR = 0.95;
    private static final double BYLINE_FLOOR = 0.95;

    record Outcome(String name, double f1, boolean sameTitle, boolean sameByline) {
    }

    @Test
    void extractsTheTextAndMetadataReadabilityFinds() throws IOException {
        List<Path> cases = cases();
        // CPU time of this thread, not wall time: seven builds share this machine's two cores.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        List<Outcome> outcomes = new ArrayList<>();
        for (Path folder : cases) {
            outcomes.add(evaluate(folder));
        }
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double seconds = (System.nanoTime() - start) / 1e9;
        double meanF1 = outcomes.stream().mapToDouble(Outcome::f1).average().orElse(0);
        double titles = share(outcomes.stream().filter(Outcome::sameTitle).count(), outcomes.size());
        double bylines = share(outcomes.stream().filter(Outcome::sameByline).count(), outcomes.size());
        System.out.printf(Locale.ROOT, "Readability corpus: %d cases in %.1f s (%.1f s of CPU), mean token F1 %.4f,"
                + " title agreement %.3f, byline agreement %.3f%n", outcomes.size(), seconds, cpuSeconds, meanF1, titles,
                bylines);
        System.out.println("Worst 10 cases:");
        outcomes.stream().sorted(Comparator.comparingDouble(Outcome::f1)).limit(10).forEach(o -> System.out.printf(
                Locale.ROOT, "  %-24s F1 %.4f  title %s  byline %s%n", o.name(), o.f1(), o.sameTitle() ? "same" : "DIFFERENT",
                o.sameByline() ? "same" : "DIFFERENT"));
        assertThat(meanF1).as("mean token F1").isGreaterThanOrEqualTo(F1_FLOOR);
        assertThat(titles).as("title agreement").isGreaterThanOrEqualTo(TITLE_FLOOR);
        assertThat(bylines).as("byline agreement").isGreaterThanOrEqualTo(BYLINE_FLOOR);
    }

    private static List<Path> cases() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "the shared Readability corpus is absent: " + CORPUS.toAbsolutePath());
        try (Stream<Path> folders = Files.list(CORPUS)) {
            return folders.filter(folder -> Files.isRegularFile(folder.resolve("source.html"))).sorted().toList();
        }
    }

    private static Outcome evaluate(Path folder) throws IOException {
        ExtractedArticle article = ArticleExtractor.extract(read(folder.resolve("source.html")), PAGE_URL);
        String expectedText = ExtractText.of(read(folder.resolve("expected.html")));
        JsonNode expected = new ObjectMapper().readTree(folder.resolve("expected-metadata.json").toFile());
        return new Outcome(folder.getFileName().toString(), f1(tokens(article.text()), tokens(expectedText)),
                same(expected.path("title"), article.title()), same(expected.path("byline"), article.byline()));
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    private static boolean same(JsonNode expected, String actual) {
        String wanted = expected.isTextual() ? expected.asText().strip().replaceAll("\\s+", " ") : null;
        return Objects.equals(wanted == null || wanted.isEmpty() ? null : wanted, actual);
    }

    static Map<String, Integer> tokens(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher matcher = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            counts.merge(matcher.group(), 1, Integer::sum);
        }
        return counts;
    }

    /** F1 of the two bags of words: overlap counted with multiplicity. */
    static double f1(Map<String, Integer> found, Map<String, Integer> expected) {
        int foundTotal = found.values().stream().mapToInt(Integer::intValue).sum();
        int expectedTotal = expected.values().stream().mapToInt(Integer::intValue).sum();
        if (foundTotal == 0 || expectedTotal == 0) {
            return foundTotal == expectedTotal ? 1 : 0;
        }
        int overlap = found.entrySet().stream().mapToInt(e -> Math.min(e.getValue(), expected.getOrDefault(e.getKey(), 0))).sum();
        double precision = (double) overlap / foundTotal;
        double recall = (double) overlap / expectedTotal;
        return overlap == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static double share(long part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
