package org.tidings.site;

/** A post found by a search: the post as readers see it and its title and snippet with the matches marked. */
public record SearchHitView(PostView post, String titleHtml, String snippetHtml) {
}
