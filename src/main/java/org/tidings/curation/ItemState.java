package org.tidings.curation;

import java.util.Locale;

/** Where an inbox item stands: new, kept for later, made into a post, or set aside. */
public enum ItemState {
    NEW, SAVED, CURATED, DISMISSED;

    /** The name stored and shown: lower case. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state named {@code key} (any case); an IllegalArgumentException names the states for anything else. */
    public static ItemState parse(String key) {
        for (ItemState state : values()) {
            if (state.key().equalsIgnoreCase(key == null ? "" : key.strip())) {
                return state;
            }
        }
        throw new IllegalArgumentException("unknown item state '" + key + "': new, saved, curated or dismissed");
    }
}
