package org.tidings.admin;

/** The admin's start page. */
public record DashboardView(AdminPage page) {
}
