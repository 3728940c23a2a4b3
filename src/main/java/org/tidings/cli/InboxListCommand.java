package org.tidings.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import org.tidings.curation.CategorySuggester;
import org.tidings.curation.FeedItem;
import org.tidings.curation.InboxQuery;
import org.tidings.curation.ItemState;
import org.tidings.curation.SiteSuggestions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code tidings inbox list [--json]}: inbox items, newest first, with their story and suggested categories. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List inbox items, newest first: id, outlet, title, URL, published, state, story and the "
                + "categories suggested from the site's own categorised posts.")
public final class InboxListCommand extends CurationCommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--json", description = "One JSON object per line: id, outlet, title, url, published, state, "
            + "story, suggested_categories.")
    boolean json;

    @Option(names = "--state", paramLabel = "STATE", description = "Only items in this state: new, saved, curated "
            + "or dismissed.")
    String state;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "At most N items (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    int run(CurationSession session, PrintWriter out) {
        List<FeedItem> items = session.curation().inbox(new InboxQuery(parseState(), null, Math.max(limit, 0), 0));
        CategorySuggester suggester = SiteSuggestions.trained(session.stores().posts(), session.runtime().features());
        for (FeedItem item : items) {
            List<String> suggested = SiteSuggestions.forItem(suggester, item);
            out.println(json ? json(item, suggested) : plain(item, suggested));
        }
        return 0;
    }

    private ItemState parseState() {
        try {
            return state == null ? null : ItemState.parse(state);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static String plain(FeedItem item, List<String> suggested) {
        return item.id() + "\t" + item.publishedAt() + "\t" + item.state().key() + "\tstory " + item.storyId() + "\t"
                + item.outlet() + "\t" + item.title() + "\t" + item.url()
                + (suggested.isEmpty() ? "" : "\t[" + String.join(", ", suggested) + "]");
    }

    private static String json(FeedItem item, List<String> suggested) {
        ObjectNode object = JSON.createObjectNode();
        object.put("id", item.id());
        object.put("outlet", item.outlet());
        object.put("title", item.title());
        object.put("url", item.url());
        object.put("published", item.publishedAt().toString());
        object.put("state", item.state().key());
        object.put("story", item.storyId());
        object.put("lang", item.lang());
        ArrayNode categories = object.putArray("suggested_categories");
        suggested.forEach(categories::add);
        return object.toString();
    }
}
