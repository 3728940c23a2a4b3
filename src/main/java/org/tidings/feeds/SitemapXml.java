package org.tidings.feeds;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.tidings.content.TidingsException;

/** Writes a sitemap ({@code urlset}) or a sitemap index in the sitemaps.org 0.9 namespace, one URL at a time. */
final class SitemapXml {
    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private final StringWriter text = new StringWriter();
    private final XMLStreamWriter xml;
    private final String entryElement;

    private SitemapXml(String rootElement, String entryElement) {
        this.entryElement = entryElement;
        try {
            xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(rootElement);
            xml.writeDefaultNamespace(NAMESPACE);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    static SitemapXml urlset() {
        return new SitemapXml("urlset", "url");
    }

    static SitemapXml index() {
        return new SitemapXml("sitemapindex", "sitemap");
    }

    /** Adds one absolute URL; {@code lastmod} may be null. */
    void add(String loc, Instant lastmod) {
        try {
            xml.writeCharacters("\n");
            xml.writeStartElement(entryElement);
            xml.writeStartElement("loc");
            xml.writeCharacters(loc);
            xml.writeEndElement();
            if (lastmod != null) {
                xml.writeStartElement("lastmod");
                xml.writeCharacters(DateTimeFormatter.ISO_INSTANT.format(lastmod.truncatedTo(ChronoUnit.SECONDS)));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    String finish() {
        try {
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
        return text.toString();
    }

    private static TidingsException failed(XMLStreamException e) {
        return new TidingsException("cannot write the sitemap: " + e.getMessage(), e);
    }
}
