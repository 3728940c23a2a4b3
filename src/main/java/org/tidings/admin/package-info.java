/**
 * The editors' admin under {@code /admin/}: login (password, then TOTP if enrolled, throttled with
 * device cookies), server-side sessions, CSRF, roles, accounts, settings and the audit log.
 *
 * <h2>How to add an admin screen</h2>
 * <ol>
 * <li>Write a handler: an {@link org.tidings.admin.AdminHandler}, {@code (ctx, request) -> ...}.
 *     {@code request.user()} is the logged-in {@link org.tidings.admin.CurrentUser}
 *     {@code (id, username, role, authorId)}; never read a user id from the form or URL.</li>
 * <li>Register it in {@code app/Routes.java} (in {@code registerAdmin}, before the public date
 *     patterns) with its minimum role: {@code routes.get("/admin/posts/", guard.requires(Role.EDITOR,
 *     handler))}. Roles are {@link org.tidings.content.Role} CONTRIBUTOR &lt; EDITOR &lt; ADMIN; a lower
 *     role gets 403, no login gets a redirect to the login form (GET) or 401 (POST).</li>
 * <li>Objects with an owner: load the object, then {@code if (!request.user().mayChange(ownerUserId))}
 *     answer 404 (contributors touch only their own; editors and admins anyone's). Check on every
 *     route that takes an id, GET and POST alike.</li>
 * <li>Forms: every POST form carries the token in a hidden field named {@code csrf}:
 *     {@code <input type="hidden" name="${view.page().csrfField()}" value="${view.page().csrfToken()}">}.
 *     {@link org.tidings.admin.AdminGuard#before} refuses any state-changing request under /admin
 *     without it, or that the browser says comes from another site (403), before a handler runs.
 *     After a successful POST, redirect (303) with {@link org.tidings.app.SafeRedirect#to}, the
 *     only way to answer a redirect.</li>
 * <li>Render: one view record per template holding an {@link org.tidings.admin.AdminPage} from
 *     {@code request.page("Title")}, and wrap the template in the layout:
 *     {@code @template.admin.layout(page = view.page(), content = @`...`)} from
 *     {@code src/main/jte/admin/layout.jte} (it shows the title as h1, the nav and the notice).</li>
 * <li>Record security and publishing events with {@link org.tidings.admin.AuditLog#record}:
 *     {@code admin.audit().record(ctx, request.user(), AuditEvent.POST_PUBLISHED, "post 12 \"Title\"")}.
 *     Never put a secret in the subject.</li>
 * <li>Tests: {@code testing/AdminClient.loggedIn(site, "name", Role.EDITOR)} logs in through the real
 *     form; {@code client.submit(path, form)} adds the CSRF token; {@code testing/TestClock} moves time.</li>
 * </ol>
 */
package org.tidings.admin;
