package org.tidings.admin;

/** An admin request refused (401 or 403): why, and the one link that helps next. */
public record RefusedView(AdminPage page, String reason, String nextUrl, String nextLabel) {
}
