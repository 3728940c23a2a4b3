package org.tidings.site;

import java.util.List;

/**
 * A simple page: its title, its body (sanitized before it was stored) and the pages above it,
 * the top one first (empty for a top-level page).
 */
public record SimplePageView(PageMeta meta, String title, String bodyHtml, List<Link> ancestors) {
}
