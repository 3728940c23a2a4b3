package org.tidings.content;

/** Told of every change to content, after it is committed: the search index and page cache listen. */
@FunctionalInterface
public interface ContentListener {
    void contentChanged(ContentChange change);
}
