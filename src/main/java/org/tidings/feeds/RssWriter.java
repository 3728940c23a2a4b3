package org.tidings.feeds;

import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Content;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Enclosure;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.util.Date;
import java.util.List;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jsoup.nodes.Entities;
import org.tidings.content.TidingsException;
import org.tidings.site.FeedFormat;

/** Writes a feed as RSS 2.0 with Rome: the summary as description, the full post as content:encoded. */
final class RssWriter {
    private static final Namespace ATOM = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");
    private RssWriter() {
    }

    static String write(Feed feed) {
        Channel channel = new Channel("rss_2.0");
        channel.setEncoding("UTF-8");
        channel.setTitle(XmlText.clean(feed.listing().title()));
        channel.setLink(feed.pageUrl());
        channel.setDescription(XmlText.clean(feed.listing().description()));
        channel.setLanguage("en");
        channel.setLastBuildDate(Date.from(feed.updated()));
        channel.setItems(feed.items().stream().map(RssWriter::item).toList());
        channel.setForeignMarkup(List.of(selfLink(feed.feedUrl())));
        try {
            return new WireFeedOutput().outputString(channel, true);
        } catch (FeedException e) {
            throw new TidingsException("cannot write the RSS feed " + feed.feedUrl() + ": " + e.getMessage(), e);
        }
    }

    /** The feed's own address, as the RSS Advisory Board recommends, in Atom's vocabulary. */
    private static Element selfLink(String feedUrl) {
        return new Element("link", ATOM).setAttribute("href", feedUrl).setAttribute("rel", "self")
                .setAttribute("type", FeedFormat.RSS.mediaType());
    }

    private static Item item(FeedItem entry) {
        Item item = new Item();
        item.setTitle(entry.title());
        item.setLink(entry.url());
        Guid guid = new Guid();
        guid.setPermaLink(false);
        guid.setValue(entry.id());
        item.setGuid(guid);
        item.setPubDate(Date.from(entry.published()));
        Description description = new Description();
        description.setType("text/html");
        description.setValue(Entities.escape(entry.summary()));
        item.setDescription(description);
        Content content = new Content();
        content.setType(Content.HTML);
        content.setValue(entry.contentHtml());
        item.setContent(content);
        item.setCategories(entry.categories().stream().map(RssWriter::category).toList());
        if (entry.image() != null) {
            Enclosure enclosure = new Enclosure();
            enclosure.setUrl(entry.image().url());
            enclosure.setType(entry.image().contentType());
            enclosure.setLength(entry.image().length());
            item.setEnclosures(List.of(enclosure));
        }
        if (entry.authorName() != null) {
            // RSS's own <author> must be an e-mail address; Dublin Core's creator takes a name.
            DCModuleImpl dublinCore = new DCModuleImpl();
            dublinCore.setCreator(entry.authorName());
            item.setModules(List.<Module>of(dublinCore));
        }
        return item;
    }

    private static Category category(String name) {
        Category category = new Category();
        category.setValue(name);
        return category;
    }
}
