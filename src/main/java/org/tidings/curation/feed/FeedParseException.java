package org.tidings.curation.feed;

import org.tidings.content.TidingsException;
import org.tidings.i18n.Wording;

/**
 * A feed that cannot be read at all; the message names it and says why, in the language of the
 * thread that read it, and {@link #wording()} keeps it for readers of other languages.
 */
public final class FeedParseException extends TidingsException {
    private final transient Wording wording;

    public FeedParseException(String feedName, Wording reason) {
        this(Wording.of("curation.parse.unreadable", feedName, reason), null);
    }

    public FeedParseException(String feedName, Wording reason, Throwable cause) {
        this(Wording.of("curation.parse.unreadable", feedName, reason), cause);
    }

    private FeedParseException(Wording wording, Throwable cause) {
        super(wording.text(), cause);
        this.wording = wording;
    }

    public Wording wording() {
        return wording;
    }
}
