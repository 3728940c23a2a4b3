package org.tidings.admin;

import java.util.List;
import org.tidings.content.Problems;
import org.tidings.store.RedirectStore.Redirect;

/**
 * One page of the redirects, by old path, with the add form as it was sent ({@code from}, {@code to})
 * and why it was refused (empty: it was not); {@code previousUrl}/{@code nextUrl} lead to the pages
 * around it (null at either end).
 */
public record RedirectsView(AdminPage page, List<Redirect> redirects, int total, String from, String to,
        Problems problems, String previousUrl, String nextUrl) {
}
