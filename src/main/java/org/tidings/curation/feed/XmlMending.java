package org.tidings.curation.feed;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Mends ill-formed XML the way a forgiving reader would: jsoup's XML parser closes what was left
 * open, keeps unknown entities as text and never resolves any; prefixes used without a namespace
 * declaration get a made-up one, so that a namespace-aware parser accepts the result.
 */
final class XmlMending {
    private XmlMending() {
    }

    static String mend(String text) {
        Document doc = Jsoup.parse(text, "", Parser.xmlParser());
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false).charset("UTF-8");
        Element root = doc.children().first();
        if (root == null) {
            return text;
        }
        declareMissingPrefixes(root);
        return root.outerHtml();
    }

    private static void declareMissingPrefixes(Element root) {
        Set<String> used = new LinkedHashSet<>();
        for (Element element : root.getAllElements()) {
            prefix(element.tagName(), used);
            for (Attribute attribute : element.attributes()) {
                if (!attribute.getKey().startsWith("xmlns")) {
                    prefix(attribute.getKey(), used);
                }
            }
        }
        for (String prefix : used) {
            if (!prefix.equals("xml") && !declared(root, prefix)) {
                root.attr("xmlns:" + prefix, "urn:undeclared:" + prefix);
            }
        }
    }

    private static boolean declared(Element root, String prefix) {
        for (Element element : root.getAllElements()) {
            if (element.hasAttr("xmlns:" + prefix)) {
                return true;
            }
        }
        return false;
    }

    private static void prefix(String name, Set<String> into) {
        int colon = name.indexOf(':');
        if (colon > 0) {
            into.add(name.substring(0, colon));
        }
    }
}
