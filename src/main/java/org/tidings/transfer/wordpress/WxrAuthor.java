package org.tidings.transfer.wordpress;

/** A {@code <wp:author>} of the channel: a user of the old site; {@code id} may be empty (WXR 1.0). */
public record WxrAuthor(String id, String login, String email, String displayName, String firstName,
        String lastName) {

    /** The name a byline shows: the display name, else first and last name, else the login. */
    public String byline() {
        if (!displayName.isBlank()) {
            return displayName.strip();
        }
        String full = (firstName.strip() + " " + lastName.strip()).strip();
        return full.isEmpty() ? login.strip() : full;
    }
}
