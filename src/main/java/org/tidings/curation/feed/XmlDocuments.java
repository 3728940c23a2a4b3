package org.tidings.curation.feed;

import static org.jdom2.Namespace.NO_NAMESPACE;

import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jdom2.Content;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.filter.Filters;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.xml.sax.InputSource;

/**
 * Parses feed XML into a JDOM document for Rome, never reading a DTD or an external entity (XXE),
 * with Rome's fixer turning HTML entities such as {@code &nbsp;} into characters; then repairs the
 * shapes that forgiving readers accept and Rome does not: RSS items without a channel, and Atom
 * 0.3's base64 text.
 */
final class XmlDocuments {
    private XmlDocuments() {
    }

    static Document parse(String text) throws JDOMException, IOException {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setExpandEntities(false);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        Document doc = builder.build(new XmlFixerReader(new StringReader(text)));
        repair(doc.getRootElement());
        return doc;
    }

    private static void repair(Element root) {
        List<Element> elements = new ArrayList<>();
        root.getDescendants(Filters.element()).forEach(elements::add);
        if (root.getName().equals("rss")) {
            Namespace rss = root.getNamespace();
            if (!rss.getURI().isEmpty()) {
                // RSS in a namespace no parser knows (such as Userland's rss2.1): plain RSS
                elements.stream().filter(e -> e.getNamespace().equals(rss)).forEach(e -> e.setNamespace(NO_NAMESPACE));
                root.setNamespace(NO_NAMESPACE);
            }
            if (root.getChild("channel") == null) {
                wrapInChannel(root, NO_NAMESPACE);
            }
        } else if (root.getName().equals("RDF") && root.getChildren().stream()
                .noneMatch(e -> e.getName().equals("channel"))) {
            wrapInChannel(root, root.getNamespace(""));
        }
        for (Element element : elements) {
            if ("base64".equalsIgnoreCase(element.getAttributeValue("mode"))) {
                decodeBase64(element);
            }
        }
    }

    /** Items straight under the root, or an empty feed: as if they stood in a channel. */
    private static void wrapInChannel(Element root, Namespace namespace) {
        Element channel = new Element("channel", namespace);
        List<Content> children = new ArrayList<>(root.getContent());
        root.removeContent();
        children.forEach(channel::addContent);
        root.addContent(channel);
    }

    private static void decodeBase64(Element element) {
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(element.getTextTrim());
            element.setText(new String(bytes, StandardCharsets.UTF_8));
            element.setAttribute("mode", "escaped");
        } catch (IllegalArgumentException e) {
            // not base64 after all: leave the text as it is
        }
    }
}
