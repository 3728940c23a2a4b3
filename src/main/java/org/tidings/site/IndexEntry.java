package org.tidings.site;

import java.util.List;

/** One archive on an index page: its name, address and how many posts it lists; a year also lists its months. */
public record IndexEntry(String name, String url, int count, List<IndexEntry> parts) {

    public IndexEntry(String name, String url, int count) {
        this(name, url, count, List.of());
    }
}
