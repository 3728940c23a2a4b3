package org.tidings.transfer.wordpress;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The StAX set-up both passes share: no DTDs or external entities (XXE), text in one piece. */
final class WxrXml {
    private static final String WP = "http://wordpress.org/export/";
    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";

    private WxrXml() {
    }

    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory.createXMLStreamReader(in);
    }

    /**
     * The current element's name as WXR writes it ({@code wp:post_id}, {@code content:encoded},
     * {@code title}), whatever the export version in the namespace URI. As WordPress's parser, a
     * {@code wp} prefix bound to another URI still counts as WordPress's.
     */
    static String name(XMLStreamReader xml) {
        String uri = xml.getNamespaceURI();
        String local = xml.getLocalName();
        if (uri == null || uri.isEmpty()) {
            return local;
        }
        if (uri.startsWith(WP)) {
            return (uri.contains("/excerpt/") ? "excerpt:" : "wp:") + local;
        }
        if (uri.equals(CONTENT)) {
            return "content:" + local;
        }
        if (uri.equals(DC)) {
            return "dc:" + local;
        }
        String prefix = xml.getPrefix();
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    /** The text of the current element, its children's text included; leaves the reader on its end tag. */
    static String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            switch (xml.next()) {
                case XMLStreamReader.START_ELEMENT -> depth++;
                case XMLStreamReader.END_ELEMENT -> depth--;
                case XMLStreamReader.CHARACTERS, XMLStreamReader.CDATA, XMLStreamReader.SPACE,
                        XMLStreamReader.ENTITY_REFERENCE -> text.append(xml.getText());
                default -> {
                }
            }
        }
        return text.toString();
    }

    /**
     * Moves to the current element's next child (true) or to its end tag (false), passing over
     * text between children, which WXR does not use but a hand-edited file may hold.
     */
    static boolean nextChild(XMLStreamReader xml) throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamReader.END_ELEMENT) {
                return false;
            }
        }
    }
}
