package org.tidings.curation;

import java.util.List;

/**
 * The switches of one pass over a page. The first pass uses all three; when it finds too little
 * text, each later pass turns one more off, so pages that fool a rule still give their article.
 */
record ReadabilityPass(boolean stripUnlikely, boolean weighClasses, boolean cleanConditionally) {
    static final List<ReadabilityPass> IN_ORDER = List.of(
            new ReadabilityPass(true, true, true),
            new ReadabilityPass(false, true, true),
            new ReadabilityPass(false, false, true),
            new ReadabilityPass(false, false, false));
}
