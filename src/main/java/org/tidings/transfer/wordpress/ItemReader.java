package org.tidings.transfer.wordpress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads one {@code <item>} from its start tag to its end tag. */
final class ItemReader {
    private final XMLStreamReader xml;
    private final Map<String, String> fields = new HashMap<>();
    private final List<WxrItemTerm> terms = new ArrayList<>();
    private final List<WxrMeta> meta = new ArrayList<>();
    private final List<WxrComment> comments = new ArrayList<>();

    ItemReader(XMLStreamReader xml) {
        this.xml = xml;
    }

    WxrItem read() throws XMLStreamException {
        while (WxrXml.nextChild(xml)) {
            String name = WxrXml.name(xml);
            switch (name) {
                case "category" -> category();
                case "wp:postmeta" -> meta.add(meta(xml));
                case "wp:comment" -> comments.add(comment());
                default -> fields.put(name, WxrXml.text(xml));
            }
        }
        return new WxrItem(get("wp:post_id").strip(), get("wp:post_type").strip(), get("wp:status").strip(),
                get("title"), get("link").strip(), get("guid").strip(), get("dc:creator").strip(),
                get("content:encoded"), get("excerpt:encoded"), get("wp:post_date").strip(),
                get("wp:post_date_gmt").strip(), get("wp:post_name").strip(), get("wp:post_parent").strip(),
                get("wp:menu_order").strip(), get("wp:is_sticky").strip().equals("1"),
                get("wp:attachment_url").strip(), terms, meta, comments);
    }

    /** As WordPress's parser: a category without {@code nicename} (WXR 1.0's plain copy) is left out. */
    private void category() throws XMLStreamException {
        String domain = attribute("domain");
        String nicename = attribute("nicename");
        String name = WxrXml.text(xml);
        if (nicename != null) {
            terms.add(new WxrItemTerm(domain == null ? "category" : domain, nicename, name));
        }
    }

    private String attribute(String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(name)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    private WxrComment comment() throws XMLStreamException {
        Map<String, String> f = new HashMap<>();
        List<WxrMeta> commentMeta = new ArrayList<>();
        while (WxrXml.nextChild(xml)) {
            String name = WxrXml.name(xml);
            if (name.equals("wp:commentmeta")) {
                commentMeta.add(meta(xml));
            } else {
                f.put(name, WxrXml.text(xml));
            }
        }
        return new WxrComment(WxrReader.get(f, "wp:comment_id"), WxrReader.get(f, "wp:comment_author"),
                WxrReader.get(f, "wp:comment_author_email"), WxrReader.get(f, "wp:comment_author_url"),
                WxrReader.get(f, "wp:comment_date"), WxrReader.get(f, "wp:comment_date_gmt"),
                f.getOrDefault("wp:comment_content", ""), WxrReader.get(f, "wp:comment_approved"),
                WxrReader.get(f, "wp:comment_type"), WxrReader.get(f, "wp:comment_parent"), commentMeta);
    }

    /** A {@code postmeta}, {@code commentmeta} or {@code termmeta} element: key and value. */
    static WxrMeta meta(XMLStreamReader xml) throws XMLStreamException {
        Map<String, String> f = new HashMap<>();
        while (WxrXml.nextChild(xml)) {
            f.put(WxrXml.name(xml), WxrXml.text(xml));
        }
        return new WxrMeta(WxrReader.get(f, "wp:meta_key"), f.getOrDefault("wp:meta_value", ""));
    }

    private String get(String name) {
        return fields.getOrDefault(name, "");
    }
}
