package org.tidings.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.tidings.app.Templates;
import org.tidings.i18n.Messages;
import org.tidings.store.SettingStore;

/**
 * A post editor form sent when it cannot be saved: the session ended, or its CSRF token is out of
 * date (the editor logged in again elsewhere). Instead of refusing it and losing the text, the
 * form is kept ({@link KeptForms}), shown read-only on the answer, and a login form (or, when
 * still logged in, a link) leads back to the editor with the text in it. Nothing is saved on this
 * request: the editor saves again from the editor, with a live session and a fresh token. The
 * kept form is bound to this browser by a cookie, so its address alone opens nothing.
 */
final class ExpiredSave {
    static final String COOKIE = "tidings_kept";
    private static final Pattern EDITOR_FORM = Pattern.compile("/admin/posts/(new|\\d+)/");
    private final KeptForms kept;
    private final Sessions sessions;
    private final Csrf csrf;
    private final Templates templates;
    private final SettingStore settings;

    ExpiredSave(KeptForms kept, Sessions sessions, Csrf csrf, Templates templates, SettingStore settings) {
        this.kept = kept;
        this.sessions = sessions;
        this.csrf = csrf;
        this.templates = templates;
        this.settings = settings;
    }

    /** Whether the request is a post editor form this keeps. */
    static boolean applies(Context ctx) {
        return ctx.method().name().equals("POST") && EDITOR_FORM.matcher(ctx.path()).matches();
    }

    /** Keeps the form and answers 401 (logged out) or 403 (stale token) with the way back to it. */
    void keep(Context ctx) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        ctx.formParamMap().forEach((name, values) -> {
            if (!name.equals(Csrf.FIELD)) {
                fields.put(name, List.copyOf(values));
            }
        });
        String key = kept.keep(ctx.path(), fields);
        ctx.cookie(sessions.cookie(ctx, COOKIE, key, (int) KeptForms.KEPT_FOR.toSeconds()));
        boolean loggedIn = sessions.current(ctx).filter(ActiveSession::complete).isPresent();
        String title = Messages.text(settings.siteLanguage(), "editor.kept.title");
        AdminPage page = new AdminPage(title, null, csrf.token(ctx), null);
        PostForm form = PostForm.read(fields, List.of());
        KeptView view = new KeptView(page, loggedIn, keptAddress(ctx.path(), key), form.title(), form.body());
        ctx.status(loggedIn ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED)
                .html(templates.render("admin/kept.jte", view));
    }

    /** Where the kept form opens in the editor again: a plain admin path, fit for the login's {@code next}. */
    static String keptAddress(String editorPath, String key) {
        return editorPath + "kept/" + key + "/";
    }

    /** Whether this browser is the one the form {@code key} was kept for. */
    boolean keptFor(Context ctx, String key) {
        return Tokens.same(key, sessions.cookieValue(ctx, COOKIE));
    }

    KeptForms kept() {
        return kept;
    }
}
