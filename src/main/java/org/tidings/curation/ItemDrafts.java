package org.tidings.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tidings.content.Actor;
import org.tidings.content.ContentService;
import org.tidings.content.Tag;
import org.tidings.content.TidingsException;
import org.tidings.curation.DraftChoices.Suggested;
import org.tidings.i18n.Messages;
import org.tidings.store.Stores;

/**
 * Turns an inbox item (or its story) into an attributed draft post: what the editor may choose
 * ({@link #choices}) and the draft itself ({@link #create}), written through the one write path
 * together with the item's link to it, so an item is curated exactly when its post exists.
 */
public final class ItemDrafts {
    /** Tags are suggested only when the item names them; more than this many is noise. */
    private static final int MAX_TAGS = 5;
    private final ContentService content;
    private final Stores stores;
    private final Curation curation;
    private final CurationRules rules;
    private final SiteSuggestions suggestions;

    public ItemDrafts(ContentService content, Stores stores, Curation curation, CurationRules rules,
            SiteSuggestions suggestions) {
        this.content = content;
        this.stores = stores;
        this.curation = curation;
        this.rules = rules;
        this.suggestions = suggestions;
    }

    /** What the editor chooses from for the item {@code itemId}. */
    public DraftChoices choices(long itemId) {
        FeedItem item = item(itemId);
        return new DraftChoices(item, alsoReportedBy(item), paragraphs(item), categories(item), tags(item));
    }

    /**
     * Creates the draft: the ticked paragraphs (indexes into {@link DraftChoices#paragraphs}), the
     * categories and tags kept; links the item and the rest of its story to it. Returns the post's id.
     */
    public long create(long itemId, Set<Integer> ticked, List<String> categories, List<String> tags, Actor actor) {
        FeedItem item = item(itemId);
        List<String> paragraphs = paragraphs(item);
        List<String> excerpt = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (ticked.contains(i)) {
                excerpt.add(paragraphs.get(i));
            }
        }
        ItemDraft draft = new ItemDraft(item.title(), item.outlet(), item.url(), excerpt, categories, tags);
        String readMore = Messages.text(stores.settings().siteLanguage(), "inbox.draft.readMore");
        return stores.database().writeReturning(changes -> {
            long postId = content.create(draft.post(readMore), actor);
            curation.linkToPost(item.id(), postId);
            for (FeedItem other : alsoReportedBy(item)) {
                curation.linkToPost(other.id(), postId);
            }
            return postId;
        });
    }

    /** The item's paragraphs: of its content, or of its summary when the feed gave no content. */
    public static List<String> paragraphs(FeedItem item) {
        List<String> content = ItemParagraphs.of(item.contentHtml());
        return content.isEmpty() ? ItemParagraphs.of(item.summaryHtml()) : content;
    }

    private FeedItem item(long itemId) {
        return curation.item(itemId)
                .orElseThrow(() -> new TidingsException(Messages.t("curation.item.unknown", Long.toString(itemId))));
    }

    /** The other items of the item's story not yet made into a post. */
    private List<FeedItem> alsoReportedBy(FeedItem item) {
        if (item.storyId() == null) {
            return List.of();
        }
        return curation.storyItems(item.storyId()).stream()
                .filter(other -> other.id() != item.id() && other.postId() == null).toList();
    }

    /** The rules' categories first, then the model's, each once. */
    private List<Suggested> categories(FeedItem item) {
        Map<String, Suggested> byName = new LinkedHashMap<>();
        for (String category : rules.categories(item)) {
            byName.putIfAbsent(category, new Suggested(category, List.of(), true));
        }
        String text = InboxStories.text(item.summaryHtml(), item.contentHtml());
        for (Suggestion suggestion : suggestions.suggest(item.title(), text, item.lang())) {
            byName.putIfAbsent(suggestion.category(), new Suggested(suggestion.category(), suggestion.drivingWords(), false));
        }
        return List.copyOf(byName.values());
    }

    /** The site's tags the item names. */
    private List<Suggested> tags(FeedItem item) {
        List<String> names = stores.tags().all().stream().map(Tag::name).toList();
        return rules.mentioned(item, names).stream().limit(MAX_TAGS)
                .map(name -> new Suggested(name, List.of(name), false)).toList();
    }
}
