package org.tidings.curation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** The shared news-topics corpora: BBC articles (English) and Yonhap headlines (Korean), each with its topic. */
final class TopicCorpus {
    private static final Path BBC = Path.of("../shared/corpora/news-topics/bbc/bbc");
    private static final Path YNAT = Path.of("../shared/corpora/news-topics/ynat/val.csv");

    /** One labelled text. */
    record Article(String title, String text, String topic) {
    }

    private TopicCorpus() {
    }

    /** 2,225 BBC articles: the folder is the topic, the first line the headline. */
    static List<Article> bbc() {
        Assumptions.assumeTrue(Files.isDirectory(BBC), "the shared BBC corpus is absent: " + BBC.toAbsolutePath());
        try (Stream<Path> files = Files.walk(BBC)) {
            List<Article> articles = new ArrayList<>();
            for (Path file : files.filter(path -> path.toString().endsWith(".txt")).sorted(Comparator.naturalOrder()).toList()) {
                String content = read(file).strip();
                int end = content.indexOf('\n');
                articles.add(new Article(content.substring(0, Math.max(0, end)).strip(), content.substring(end + 1).strip(),
                        file.getParent().getFileName().toString()));
            }
            return articles;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 5,000 Yonhap headlines: {@code id,title,topic} with a header line. */
    static List<Article> yonhap() {
        Assumptions.assumeTrue(Files.isRegularFile(YNAT), "the shared Yonhap corpus is absent: " + YNAT.toAbsolutePath());
        try {
            return Files.readAllLines(YNAT, StandardCharsets.UTF_8).stream()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> new Article(line.substring(line.indexOf(',') + 1, line.lastIndexOf(',')), "",
                            line.substring(line.lastIndexOf(',') + 1).strip()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** UTF-8, or Latin-1 for the one BBC file that is not. */
    private static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
