package org.tidings.curation;

import java.util.Arrays;
import java.util.Optional;

/** What a rule does to the items it matches. */
public enum RuleAction {
    /** Suggests its target category first when the item becomes a draft. */
    CATEGORY("category"),
    /** Moves new items out of the way (state dismissed); saved and curated items are left alone. */
    DISMISS("dismiss"),
    /** Marks items for the editors' attention. */
    FLAG("flag");

    private final String db;

    RuleAction(String db) {
        this.db = db;
    }

    /** The name stored and sent in forms. */
    public String db() {
        return db;
    }

    public static Optional<RuleAction> of(String name) {
        return Arrays.stream(values()).filter(action -> action.db.equals(name)).findFirst();
    }
}
