package org.tidings.admin;

import java.util.List;

/**
 * The page that asks before deleting: what will go ({@code kind} and {@code name}), what follows
 * from it, the form that deletes ({@code action}, sent with {@code confirm=yes}) and the way back.
 */
public record DeleteQuestionView(AdminPage page, String kind, String name, List<String> consequences, String action,
        String cancelUrl) {

    /** The form field, and its value, that make a delete request go ahead. */
    public static final String CONFIRM_FIELD = "confirm";
    public static final String CONFIRM_VALUE = "yes";

    public String confirmField() {
        return CONFIRM_FIELD;
    }

    public String confirmValue() {
        return CONFIRM_VALUE;
    }
}
