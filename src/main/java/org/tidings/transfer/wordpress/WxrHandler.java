package org.tidings.transfer.wordpress;

/** Hears what {@link WxrReader} finds, in file order, one piece at a time. */
public interface WxrHandler {
    /** The channel's own fields, told once, before its first author, term or item. */
    default void channel(WxrChannel channel) {
    }

    default void author(WxrAuthor author) {
    }

    default void term(WxrTerm term) {
    }

    default void item(WxrItem item) {
    }
}
