package org.tidings.transfer.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Assumptions;

/** The post bodies and excerpts of the shared WordPress exports. */
final class WxrCorpus {
    private static final Path CORPUS = Path.of("../shared/corpora/wordpress-wxr");

    private WxrCorpus() {
    }

    /** Every content:encoded and excerpt:encoded of every export that is well-formed (up to where it is not). */
    static List<String> texts() {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "the shared WXR corpus is absent: " + CORPUS.toAbsolutePath());
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CORPUS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xml")).sorted().toList()) {
                readEncoded(file, texts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    private static void readEncoded(Path file, List<String> texts) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamReader.START_ELEMENT && xml.getLocalName().equals("encoded")) {
                    texts.add(xml.getElementText());
                }
            }
        } catch (XMLStreamException notWellFormed) {
            // The corpus's broken files (malformed on purpose) give what they hold before the break.
        }
    }
}
