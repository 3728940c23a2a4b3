package org.tidings.site;

/** The page for an address that names nothing. */
public record NotFoundView(PageMeta meta) {
}
