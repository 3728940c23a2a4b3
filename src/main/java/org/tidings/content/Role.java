package org.tidings.content;

import java.util.Locale;

/** What an account may do in the admin; each role includes every lower one. */
public enum Role {
    /** Writes own drafts and submits them for review. */
    CONTRIBUTOR,
    /** Also edits and publishes anyone's posts and manages categories, tags, outlets and authors. */
    EDITOR,
    /** Also manages users and settings. */
    ADMIN;

    public boolean atLeast(Role minimum) {
        return compareTo(minimum) >= 0;
    }

    /** The value stored in the database and typed on the command line. */
    public String db() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named {@code value} (any case), or an error naming the choices. */
    public static Role parse(String value) {
        for (Role role : values()) {
            if (role.db().equalsIgnoreCase(value.strip())) {
                return role;
            }
        }
        throw new TidingsException("unknown role '" + value + "': choose admin, editor or contributor");
    }
}
