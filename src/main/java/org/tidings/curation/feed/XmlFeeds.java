package org.tidings.curation.feed;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.SyModule;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.impl.DateParser;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidings.i18n.Wording;

/** RSS 0.9x, 1.0 and 2.0 and Atom 0.3 and 1.0 through Rome; ill-formed XML gets a second, mended try. */
final class XmlFeeds {
    // "me@example.com (Name)" and "Name <me@example.com>": the name alone
    private static final Pattern EMAIL_AND_NAME = Pattern.compile("\\S+@\\S+\\s*\\((.+)\\)|(.+?)\\s*<\\S+@\\S+>");

    private XmlFeeds() {
    }

    static ParsedFeed read(String feedName, String text, String base) {
        SyndFeed feed = syndFeed(feedName, text);
        String site = Links.absolute(feed.getLink(), base);
        String itemBase = site != null ? site : base;
        List<ParsedItem> items = feed.getEntries().stream()
                .map(entry -> item(entry, feed, itemBase))
                .toList();
        return new ParsedFeed(title(feed.getTitleEx(), feed.getTitle()), site, items, ttlMinutes(feed));
    }

    private static SyndFeed syndFeed(String feedName, String text) {
        Document doc;
        try {
            doc = XmlDocuments.parse(text);
        } catch (JDOMException | IOException | RuntimeException strict) {
            try {
                doc = XmlDocuments.parse(XmlMending.mend(text));
            } catch (JDOMException | IOException | RuntimeException again) {
                throw new FeedParseException(feedName,
                        Wording.of("curation.parse.notXml", String.valueOf(strict.getMessage())), strict);
            }
        }
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setPreserveWireFeed(true);
            return input.build(doc);
        } catch (FeedException | RuntimeException e) {
            throw new FeedParseException(feedName, Wording.of("curation.parse.notRssOrAtom",
                    doc.getRootElement().getQualifiedName()), e);
        }
    }

    private static ParsedItem item(SyndEntry entry, SyndFeed feed, String feedBase) {
        String url = Links.absolute(entry.getLink(), feedBase);
        String base = url != null ? url : feedBase;
        String title = title(entry.getTitleEx(), entry.getTitle());
        String summary = entry.getDescription() == null ? null : entry.getDescription().getValue();
        SyndContent content = entry.getContents().isEmpty() ? Extensions.xhtmlBody(entry)
                : entry.getContents().getFirst();
        return new ParsedItem(
                Guids.of(entry.getUri(), url, title, summary),
                url,
                title,
                html(entry.getDescription(), base),
                html(content, base),
                author(entry),
                date(entry.getPublishedDate(), entry, "issued"),
                date(entry.getUpdatedDate(), entry, "modified"),
                language(entry, feed),
                categories(entry));
    }

    private static String title(SyndContent titleEx, String title) {
        if (titleEx != null && titleEx.getType() != null && titleEx.getType().toLowerCase(Locale.ROOT).contains("text")) {
            return title == null ? null : title.strip(); // Atom type="text": literal, markup and all
        }
        return ItemHtml.plainText(title);
    }

    private static org.tidings.content.SafeHtml html(SyndContent content, String base) {
        if (content == null) {
            return ItemHtml.fromHtml(null, base);
        }
        String type = content.getType() == null ? "html" : content.getType().toLowerCase(Locale.ROOT);
        return type.equals("text") || type.equals("text/plain") ? ItemHtml.fromText(content.getValue())
                : ItemHtml.fromHtml(content.getValue(), base);
    }

    private static String author(SyndEntry entry) {
        String author = entry.getAuthor();
        if ((author == null || author.isBlank()) && !entry.getAuthors().isEmpty()) {
            SyndPerson first = entry.getAuthors().getFirst();
            author = first.getName() != null ? first.getName() : first.getEmail();
        }
        if (author == null || author.isBlank()) {
            author = Extensions.text(entry, Extensions.ITUNES, "author");
        }
        if (author == null || author.isBlank()) {
            return null;
        }
        Matcher named = EMAIL_AND_NAME.matcher(author.strip());
        if (!named.matches()) {
            return author.strip();
        }
        return (named.group(1) != null ? named.group(1) : named.group(2)).strip();
    }

    private static String language(SyndEntry entry, SyndFeed feed) {
        DCModule dc = (DCModule) entry.getModule(DCModule.URI);
        String lang = dc != null && dc.getLanguage() != null ? dc.getLanguage() : feed.getLanguage();
        return lang == null || lang.isBlank() ? null : lang.strip();
    }

    /** The item's categories, its Dublin Core subjects and its Media RSS categories, each name once. */
    private static List<String> categories(SyndEntry entry) {
        List<String> all = new ArrayList<>();
        entry.getCategories().forEach(category -> all.add(category.getName()));
        DCModule dc = (DCModule) entry.getModule(DCModule.URI);
        if (dc != null) {
            dc.getSubjects().forEach(subject -> all.add(subject.getValue()));
        }
        all.addAll(Extensions.texts(entry, Extensions.MEDIA, "category"));
        Set<String> names = new LinkedHashSet<>();
        for (String name : all) {
            if (name != null && !name.isBlank()) {
                names.add(name.strip());
            }
        }
        return List.copyOf(names);
    }

    private static Integer ttlMinutes(SyndFeed feed) {
        WireFeed wire = feed.originalWireFeed();
        if (wire instanceof Channel channel && channel.getTtl() > 0) {
            return channel.getTtl();
        }
        SyModule sy = (SyModule) feed.getModule(SyModule.URI);
        if (sy != null && sy.getUpdatePeriod() != null) {
            int minutes = switch (sy.getUpdatePeriod().strip().toLowerCase(Locale.ROOT)) {
                case "hourly" -> 60;
                case "daily" -> 24 * 60;
                case "weekly" -> 7 * 24 * 60;
                case "monthly" -> 30 * 24 * 60;
                case "yearly" -> 365 * 24 * 60;
                default -> 0;
            };
            return minutes == 0 ? null : minutes / Math.max(1, sy.getUpdateFrequency());
        }
        return null;
    }

    /** The date Rome read, else the DCMI Terms element {@code term} (dcterms:issued, dcterms:modified). */
    private static Instant date(Date date, SyndEntry entry, String term) {
        if (date != null) {
            return date.toInstant();
        }
        String text = Extensions.text(entry, Extensions.DC_TERMS, term);
        Date parsed = text == null ? null : DateParser.parseDate(text, Locale.ROOT);
        return parsed == null ? null : parsed.toInstant();
    }
}
