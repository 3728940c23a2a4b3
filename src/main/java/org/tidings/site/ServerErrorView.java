package org.tidings.site;

/** The page for a request that failed on our side. */
public record ServerErrorView(PageMeta meta) {
}
