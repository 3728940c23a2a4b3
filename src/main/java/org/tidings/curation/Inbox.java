package org.tidings.curation;

import org.tidings.content.ContentService;
import org.tidings.store.Stores;

/**
 * The curation services the admin's inbox, draft, rules and feeds screens use, built once per
 * process over the server's {@link CurationRuntime} (its service and text analysis).
 */
public record Inbox(Curation curation, CurationRules rules, ItemDrafts drafts) {

    public static Inbox open(Stores stores, ContentService content, CurationRuntime runtime) {
        Curation curation = runtime.curation();
        CurationRules rules = new CurationRules(stores, curation, new Rules(new RuleAnalysis()), content.clock());
        ItemDrafts drafts = new ItemDrafts(content, stores, curation, rules,
                new SiteSuggestions(stores.posts(), runtime.features()));
        return new Inbox(curation, rules, drafts);
    }
}
