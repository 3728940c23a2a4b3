package org.tidings.curation.feed;

import org.tidings.content.TidingsException;

/** A feed that cannot be read at all; the message names it and says why. */
public final class FeedParseException extends TidingsException {
    public FeedParseException(String feedName, String reason) {
        super("The feed " + feedName + " cannot be read: " + reason);
    }

    public FeedParseException(String feedName, String reason, Throwable cause) {
        super("The feed " + feedName + " cannot be read: " + reason, cause);
    }
}
