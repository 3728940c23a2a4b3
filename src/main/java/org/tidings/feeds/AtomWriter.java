package org.tidings.feeds;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.tidings.content.TidingsException;

/** Writes a feed as Atom 1.0 with Rome; the site is the feed's author, so every entry has one. */
final class AtomWriter {
    private AtomWriter() {
    }

    static String write(Feed feed) {
        com.rometools.rome.feed.atom.Feed atom = new com.rometools.rome.feed.atom.Feed("atom_1.0");
        atom.setEncoding("UTF-8");
        atom.setId(feed.pageUrl());
        atom.setTitleEx(text(feed.listing().title()));
        atom.setSubtitle(text(feed.listing().description()));
        atom.setUpdated(Date.from(feed.updated()));
        atom.setAlternateLinks(List.of(link("alternate", "text/html", feed.pageUrl())));
        atom.setOtherLinks(List.of(link("self", "application/atom+xml", feed.feedUrl())));
        atom.setAuthors(authors(feed.publisher(), feed.publisherUrl()));
        atom.setEntries(feed.items().stream().map(AtomWriter::entry).toList());
        try {
            return new WireFeedOutput().outputString(atom, true);
        } catch (FeedException e) {
            throw new TidingsException("cannot write the Atom feed " + feed.feedUrl() + ": " + e.getMessage(), e);
        }
    }

    private static Entry entry(FeedItem item) {
        Entry entry = new Entry();
        entry.setId(item.id());
        entry.setTitleEx(text(item.title()));
        entry.setPublished(Date.from(item.published()));
        entry.setUpdated(Date.from(item.updated()));
        entry.setAlternateLinks(List.of(link("alternate", "text/html", item.url())));
        List<Link> others = new ArrayList<>();
        if (item.originalUrl() != null) {
            others.add(link("via", "text/html", item.originalUrl()));
        }
        if (item.image() != null) {
            Link enclosure = link("enclosure", item.image().contentType(), item.image().url());
            enclosure.setLength(item.image().length());
            others.add(enclosure);
        }
        if (!others.isEmpty()) {
            entry.setOtherLinks(others);
        }
        if (item.authorName() != null) {
            entry.setAuthors(authors(item.authorName(), item.authorUrl()));
        }
        Content content = new Content();
        content.setType(Content.HTML);
        content.setValue(item.contentHtml());
        entry.setContents(List.of(content));
        entry.setSummary(text(item.summary()));
        entry.setCategories(item.categories().stream().map(AtomWriter::category).toList());
        return entry;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(XmlText.clean(value));
        return content;
    }

    private static Link link(String rel, String type, String href) {
        Link link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }

    private static List<SyndPerson> authors(String name, String uri) {
        Person person = new Person();
        person.setName(XmlText.clean(name));
        person.setUri(uri);
        return new ArrayList<>(List.of(person));
    }

    private static Category category(String name) {
        Category category = new Category();
        category.setTerm(name);
        category.setLabel(name);
        return category;
    }
}
