package org.tidings.site;

/** A single post's page. */
public record PostPageView(PageMeta meta, PostView post) {
}
