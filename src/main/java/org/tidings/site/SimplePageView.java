package org.tidings.site;

import java.util.List;

/**
 * A simple page: its title, its body (sanitized before it was stored), the pages above it, the
 * top one first (empty for a top-level page), and its language when it differs from the site's
 * (for its lang attribute), else null.
 */
public record SimplePageView(PageMeta meta, String title, String bodyHtml, List<Link> ancestors, String lang) {
}
