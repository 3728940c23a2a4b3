package org.tidings.curation;

import java.time.Clock;
import org.tidings.content.ContentService;
import org.tidings.curation.fetch.SafeFetcher;
import org.tidings.store.Stores;

/**
 * The curation services the admin's inbox, draft, rules and feeds screens use, built once per
 * process (they share one analysis: Nori loads its dictionaries once per analyzer).
 */
public record Inbox(Curation curation, CurationRules rules, ItemDrafts drafts) {

    public static Inbox open(Stores stores, ContentService content, SafeFetcher fetcher, Clock clock) {
        TextFeatures features = new TextFeatures();
        Curation curation = new Curation(stores, fetcher, features, clock);
        CurationRules rules = new CurationRules(stores, curation, new Rules(new RuleAnalysis()), clock);
        ItemDrafts drafts = new ItemDrafts(content, stores, curation, rules,
                new SiteSuggestions(stores.posts(), features));
        return new Inbox(curation, rules, drafts);
    }
}
