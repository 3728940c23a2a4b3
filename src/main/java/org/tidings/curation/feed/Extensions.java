package org.tidings.curation.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import java.util.List;
import java.util.Locale;
import org.jdom2.Element;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * Item elements of namespaces Rome leaves as foreign markup: iTunes, Media RSS, DCMI Terms and an
 * XHTML body. Namespaces are matched loosely, as feeds spell them in several ways.
 */
final class Extensions {
    static final String ITUNES = "itunes.com/dtds/podcast";
    static final String MEDIA = "search.yahoo.com/mrss";
    static final String DC_TERMS = "purl.org/dc/terms";
    private static final String XHTML = "www.w3.org/1999/xhtml";

    private Extensions() {
    }

    static String text(SyndEntry entry, String namespace, String name) {
        List<String> texts = texts(entry, namespace, name);
        return texts.isEmpty() ? null : texts.getFirst();
    }

    static List<String> texts(SyndEntry entry, String namespace, String name) {
        return elements(entry, namespace, name).stream().map(Element::getTextNormalize)
                .filter(text -> !text.isEmpty()).toList();
    }

    /** An RSS item's {@code <body xmlns="http://www.w3.org/1999/xhtml">} as HTML content, or null. */
    static SyndContent xhtmlBody(SyndEntry entry) {
        List<Element> bodies = elements(entry, XHTML, "body");
        if (bodies.isEmpty()) {
            return null;
        }
        XMLOutputter out = new XMLOutputter(Format.getRawFormat().setOmitDeclaration(true));
        SyndContent content = new SyndContentImpl();
        content.setType("html");
        content.setValue(out.outputString(bodies.getFirst().getContent()));
        return content;
    }

    private static List<Element> elements(SyndEntry entry, String namespace, String name) {
        return entry.getForeignMarkup().stream()
                .filter(e -> e.getName().equals(name)
                        && e.getNamespaceURI().toLowerCase(Locale.ROOT).contains(namespace))
                .toList();
    }
}
