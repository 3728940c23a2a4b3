package org.tidings.site;

/** Where a listing page stands among its pages; the URLs are null at either end. */
public record Pagination(int page, int totalPages, String newerUrl, String olderUrl) {

    public boolean isNeeded() {
        return totalPages > 1;
    }
}
