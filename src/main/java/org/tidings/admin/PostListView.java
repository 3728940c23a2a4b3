package org.tidings.admin;

import java.util.List;

/** The admin's list of posts: the filters as chosen, one page of rows, and links to the pages around it. */
public record PostListView(
        AdminPage page,
        String query,
        List<PostFormView.Choice> statuses,
        List<PostFormView.Choice> authors,
        List<PostFormView.Choice> categories,
        List<PostFormView.Choice> outlets,
        List<Row> rows,
        int total,
        String previousPage,
        String nextPage,
        String pageLabel) {

    /**
     * One post in the list: {@code published} is when it went or goes out (empty: not yet);
     * {@code viewUrl} its public address once published, its editor before.
     */
    public record Row(long id, String title, String status, String byline, String outlet, String categories,
            String published, String updated, String viewUrl, String viewLabel) {
    }
}
