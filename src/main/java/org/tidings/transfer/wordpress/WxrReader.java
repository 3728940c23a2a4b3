package org.tidings.transfer.wordpress;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.tidings.content.TidingsException;

/**
 * Reads a WXR file as a stream (StAX), one author, term or item at a time, so memory stays bounded
 * whatever the file's size. {@link #check} reads it once to the end before anything is imported:
 * a file that is not well-formed XML, or whose channel has no valid {@code wp:wxr_version}
 * (digits, a dot, digits, as WordPress's own parser demands), is refused with its line.
 */
public final class WxrReader {
    /** WordPress's own words for a file without a usable version. */
    public static final String NOT_WXR = "This does not appear to be a WXR file, missing/invalid WXR version number";
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+");

    private WxrReader() {
    }

    /** What the first pass found: the channel and how many items follow. */
    public record Checked(WxrChannel channel, long items) {
        /** The old site's address, as imported items name it. */
        public String oldSite() {
            return OldSite.of(channel).address();
        }
    }

    /** Reads {@code file} to its end; its channel and item count, or why it cannot be imported. */
    public static Checked check(Path file) {
        ChannelHandler handler = new ChannelHandler();
        long items = read(file, handler, false);
        return new Checked(handler.channel, items);
    }

    /** Tells {@code handler} everything in {@code file}, in order; returns the number of items. */
    public static long read(Path file, WxrHandler handler) {
        return read(file, handler, true);
    }

    /** As {@link #read}; without {@code parts}, only the channel is told and items are counted, not read. */
    private static long read(Path file, WxrHandler handler, boolean parts) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            XMLStreamReader xml = WxrXml.open(in);
            try {
                return new Pass(xml, handler, parts).run();
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw notWellFormed(e);
        } catch (IOException e) {
            throw new TidingsException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static NotImportable notWellFormed(XMLStreamException e) {
        Location at = e.getLocation();
        String message = e.getMessage() == null ? "" : e.getMessage();
        int said = message.indexOf("Message: ");
        String why = said >= 0 ? message.substring(said + "Message: ".length()) : message;
        String where = at == null ? "" : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber();
        return new NotImportable("There was an error when reading this WXR file: it is not well-formed XML" + where
                + ": " + why.strip(), e);
    }

    /** One pass over the document: finds the channel, tells its parts, counts its items. */
    private static final class Pass {
        private final XMLStreamReader xml;
        private final WxrHandler handler;
        private final boolean parts;
        private final Map<String, String> channelFields = new HashMap<>();
        private int versionLine;
        private boolean toldChannel;
        private long items;

        Pass(XMLStreamReader xml, WxrHandler handler, boolean parts) {
            this.xml = xml;
            this.handler = handler;
            this.parts = parts;
        }

        long run() throws XMLStreamException {
            int depth = 0;
            boolean inChannel = false;
            int channelEndLine = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    depth++;
                    if (depth == 2 && WxrXml.name(xml).equals("channel")) {
                        inChannel = true;
                    } else if (depth == 3 && inChannel) {
                        channelChild(WxrXml.name(xml));
                        depth--;
                    }
                } else if (event == XMLStreamReader.END_ELEMENT) {
                    if (depth == 2 && inChannel) {
                        inChannel = false;
                        channelEndLine = xml.getLocation().getLineNumber();
                    }
                    depth--;
                }
            }
            tellChannel(channelEndLine);
            return items;
        }

        private void channelChild(String name) throws XMLStreamException {
            if (!parts && isPart(name)) {
                tellChannel(xml.getLocation().getLineNumber());
                items += name.equals("item") ? 1 : 0;
                WxrXml.text(xml);
                return;
            }
            switch (name) {
                case "wp:author", "wp:wp_author" -> {
                    tellChannel(xml.getLocation().getLineNumber());
                    handler.author(author(fields(null)));
                }
                case "wp:category", "wp:tag", "wp:term" -> {
                    tellChannel(xml.getLocation().getLineNumber());
                    List<WxrMeta> meta = new ArrayList<>();
                    handler.term(term(name, fields(meta), meta));
                }
                case "item" -> {
                    tellChannel(xml.getLocation().getLineNumber());
                    items++;
                    handler.item(new ItemReader(xml).read());
                }
                default -> {
                    if (name.equals("wp:wxr_version")) {
                        versionLine = xml.getLocation().getLineNumber();
                    }
                    channelFields.put(name, WxrXml.text(xml));
                }
            }
        }

        private static boolean isPart(String name) {
            return switch (name) {
                case "item", "wp:author", "wp:wp_author", "wp:category", "wp:tag", "wp:term" -> true;
                default -> false;
            };
        }

        /** Tells the channel once, refusing it without a valid version; {@code line} is where that was found out. */
        private void tellChannel(int line) {
            if (toldChannel) {
                return;
            }
            String version = channelFields.getOrDefault("wp:wxr_version", "").strip();
            if (!VERSION.matcher(version).matches()) {
                throw new NotImportable(NOT_WXR + (versionLine > 0
                        ? " (line " + versionLine + " gives \"" + shorten(version) + "\")"
                        : " (no wp:wxr_version in the channel before line " + line + ")"));
            }
            String link = get(channelFields, "link");
            String base = get(channelFields, "wp:base_site_url");
            handler.channel(new WxrChannel(version, get(channelFields, "title"), link,
                    base.isEmpty() ? link : base, get(channelFields, "wp:base_blog_url")));
            toldChannel = true;
        }

        /** The children of the current element by name; {@code wp:termmeta} entries go to {@code meta}. */
        private Map<String, String> fields(List<WxrMeta> meta) throws XMLStreamException {
            Map<String, String> fields = new HashMap<>();
            while (WxrXml.nextChild(xml)) {
                String name = WxrXml.name(xml);
                if (name.equals("wp:termmeta") && meta != null) {
                    meta.add(ItemReader.meta(xml));
                } else {
                    fields.put(name, WxrXml.text(xml));
                }
            }
            return fields;
        }
    }

    private static WxrAuthor author(Map<String, String> f) {
        return new WxrAuthor(get(f, "wp:author_id"), get(f, "wp:author_login"), get(f, "wp:author_email"),
                get(f, "wp:author_display_name"), get(f, "wp:author_first_name"), get(f, "wp:author_last_name"));
    }

    private static WxrTerm term(String element, Map<String, String> f, List<WxrMeta> meta) {
        return switch (element) {
            case "wp:category" -> new WxrTerm("category", get(f, "wp:term_id"), get(f, "wp:category_nicename"),
                    get(f, "wp:cat_name"), get(f, "wp:category_parent"), get(f, "wp:category_description"), meta);
            case "wp:tag" -> new WxrTerm("post_tag", get(f, "wp:term_id"), get(f, "wp:tag_slug"),
                    get(f, "wp:tag_name"), "", get(f, "wp:tag_description"), meta);
            default -> new WxrTerm(get(f, "wp:term_taxonomy"), get(f, "wp:term_id"), get(f, "wp:term_slug"),
                    get(f, "wp:term_name"), get(f, "wp:term_parent"), get(f, "wp:term_description"), meta);
        };
    }

    /** A field's text without the whitespace pretty-printed exports put around their CDATA. */
    static String get(Map<String, String> fields, String name) {
        return fields.getOrDefault(name, "").strip();
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    /** Collects what the first pass needs: the channel. */
    private static final class ChannelHandler implements WxrHandler {
        private WxrChannel channel;

        @Override
        public void channel(WxrChannel channel) {
            this.channel = channel;
        }
    }
}
