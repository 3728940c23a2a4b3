package org.tidings.curation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.tidings.content.ChangeKind;
import org.tidings.content.Problems;
import org.tidings.content.TidingsException;
import org.tidings.i18n.Messages;
import org.tidings.store.Database;
import org.tidings.store.Stores;

/**
 * Editors' rules over the inbox: saved, listed and deleted through the one write path, previewed
 * against the items already in the inbox before saving, applied to those items on demand and to
 * new items as they arrive. Category rules change no item: their categories come first among a
 * draft's suggestions.
 */
public final class CurationRules {
    /** The items a preview, an application or a word filter looks at: the newest this many. */
    public static final int RECENT_ITEMS = 2000;
    private final Database database;
    private final Stores stores;
    private final Curation curation;
    private final Rules rules;
    private final Clock clock;
    private Instant checkedUntil;

    public CurationRules(Stores stores, Curation curation, Rules rules, Clock clock) {
        this.database = stores.database();
        this.stores = stores;
        this.curation = curation;
        this.rules = rules;
        this.clock = clock;
        this.checkedUntil = clock.instant();
    }

    public List<Rule> list() {
        return stores.rules().all();
    }

    public Problems check(String query, RuleAction action, String target) {
        return rules.check(query, action, target);
    }

    /** Saves a rule that {@link #check} accepted; an unchecked one is refused with the first problem. */
    public long add(String query, RuleAction action, String target, Long outletId) {
        Problems problems = check(query, action, target);
        if (!problems.isEmpty()) {
            throw new TidingsException(problems.messages().get(0));
        }
        return database.writeReturning(changes -> {
            long id = stores.rules().insert(query.strip(), action, action == RuleAction.CATEGORY ? target.strip() : "",
                    outletId, clock.instant());
            changes.touched(ChangeKind.CURATION);
            return id;
        });
    }

    public void delete(long id) {
        database.write(changes -> {
            if (!stores.rules().delete(id)) {
                throw new TidingsException(Messages.t("inbox.rules.unknown", Long.toString(id)));
            }
            changes.touched(ChangeKind.CURATION);
        });
    }

    /** The recent inbox items that a rule would change: new ones for dismiss, new and saved ones otherwise. */
    public List<FeedItem> preview(Rule rule) {
        List<FeedItem> open = recent(null).stream().filter(item -> touches(rule.action(), item)).toList();
        return matching(open, items -> rules.preview(rule, items));
    }

    /** Applies a saved rule to the recent inbox items it matches; how many it changed (or, for a category rule, matches). */
    public int apply(long ruleId) {
        Rule rule = list().stream().filter(r -> r.id() == ruleId).findFirst()
                .orElseThrow(() -> new TidingsException(Messages.t("inbox.rules.unknown", Long.toString(ruleId))));
        List<FeedItem> matched = preview(rule);
        act(rule.action(), matched.stream().map(FeedItem::id).toList());
        return matched.size();
    }

    /**
     * Applies the dismiss and flag rules to the new items fetched since the last call (the first call:
     * since this service started), so that an item an editor brought back is not dismissed again.
     * The server calls it after polls; a rule's own "apply" covers items fetched while it was down.
     */
    public synchronized void applyToArrived() {
        Instant since = checkedUntil;
        List<FeedItem> arrived = recent(ItemState.NEW).stream().filter(item -> item.fetchedAt().isAfter(since)).toList();
        arrived.stream().map(FeedItem::fetchedAt).max(Instant::compareTo).ifPresent(latest -> checkedUntil = latest);
        applyToNew(arrived);
    }

    /** Applies every dismiss and flag rule to items that just arrived. */
    private void applyToNew(List<FeedItem> arrived) {
        for (Rule rule : list()) {
            if (rule.action() != RuleAction.CATEGORY) {
                List<FeedItem> open = arrived.stream().filter(item -> touches(rule.action(), item)).toList();
                act(rule.action(), matching(open, items -> rules.preview(rule, items)).stream().map(FeedItem::id).toList());
            }
        }
    }

    /** The categories the category rules give an item, in the rules' order. */
    public List<String> categories(FeedItem item) {
        return rules.categories(list(), ruleItem(item));
    }

    /** The names among {@code names} that the item mentions (tags to suggest). */
    public List<String> mentioned(FeedItem item, List<String> names) {
        return rules.mentioned(ruleItem(item), names);
    }

    /** The items among {@code items} whose words match {@code words}, read as a rule's words are. */
    public List<FeedItem> search(String words, List<FeedItem> items) {
        return matching(items, candidates -> rules.search(words, candidates));
    }

    /** The newest {@link #RECENT_ITEMS} items, of {@code state} (null: all). */
    public List<FeedItem> recent(ItemState state) {
        return curation.inbox(new InboxQuery(state, null, RECENT_ITEMS, 0));
    }

    private void act(RuleAction action, List<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return;
        }
        switch (action) {
            case DISMISS -> curation.setState(itemIds, ItemState.DISMISSED);
            case FLAG -> curation.setFlagged(itemIds, true);
            case CATEGORY -> {
                // Suggested when the item becomes a draft; nothing to store.
            }
        }
    }

    private static boolean touches(RuleAction action, FeedItem item) {
        return item.state() == ItemState.NEW || (action != RuleAction.DISMISS && item.state() == ItemState.SAVED);
    }

    private static List<FeedItem> matching(List<FeedItem> items, Function<List<RuleItem>, List<RuleItem>> filter) {
        Map<Long, FeedItem> byId = items.stream().collect(Collectors.toMap(FeedItem::id, Function.identity()));
        return filter.apply(items.stream().map(CurationRules::ruleItem).toList()).stream()
                .map(matched -> byId.get(matched.id())).toList();
    }

    static RuleItem ruleItem(FeedItem item) {
        // Summary and content both: a rule's words may stand in either.
        String text = Jsoup.parseBodyFragment(item.summaryHtml() + " " + item.contentHtml()).text();
        return new RuleItem(item.id(), item.sourceId(), item.title(), text);
    }
}
