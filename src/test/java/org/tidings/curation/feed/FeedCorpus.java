package org.tidings.curation.feed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The shared feed corpus (../shared/corpora/feeds) and the HTTP headers its expectations give some files. */
final class FeedCorpus {
    static final Path ROOT = Path.of("../shared/corpora/feeds");
    static final Path EXPECTATIONS = ROOT.resolve("feedparser/EXPECTATIONS.tsv");

    /** One row of EXPECTATIONS.tsv: a file below feedparser/, its headers, and feedparser's Python check. */
    record Expectation(String file, Map<String, String> headers, String description, String expect) {
        /** The URL feedparser's harness served the file under: relative links resolve against it. */
        String url() {
            return "http://127.0.0.1:8097/tests/" + file;
        }
    }

    private FeedCorpus() {
    }

    static List<Path> files() {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".md") && !p.getFileName().toString().endsWith(".tsv"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Expectation> expectations() {
        try {
            return Files.readAllLines(EXPECTATIONS).stream().skip(1).filter(line -> !line.isBlank())
                    .map(line -> line.split("\t", -1))
                    .map(cols -> new Expectation(cols[0], headers(cols[1]), cols[2], cols[3]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Content-Type the harness would send with {@code file} (below feedparser/), or null. */
    static String contentType(Map<String, Expectation> byFile, String file) {
        Expectation row = byFile.get(file);
        return row == null ? null : row.headers().get("content-type");
    }

    private static Map<String, String> headers(String column) {
        Map<String, String> headers = new HashMap<>();
        for (String header : column.split("\\\\n|\\|")) {
            int colon = header.indexOf(':');
            if (colon > 0) {
                headers.put(header.substring(0, colon).strip().toLowerCase(), header.substring(colon + 1).strip());
            }
        }
        return headers;
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
