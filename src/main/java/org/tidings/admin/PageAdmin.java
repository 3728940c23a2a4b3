package org.tidings.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tidings.app.SafeRedirect;
import org.tidings.app.Templates;
import org.tidings.content.ContentService;
import org.tidings.content.InvalidInputException;
import org.tidings.content.Page;
import org.tidings.content.Problems;
import org.tidings.i18n.Messages;
import org.tidings.site.Urls;
import org.tidings.store.Stores;

/**
 * The Pages screen at {@code /admin/pages/}, for editors: the list in menu order, the new and edit
 * form (title, slug, parent, menu place, in the menu, published or draft, body in Markdown), and
 * delete after a question. A refused form changes nothing and comes back as it was sent.
 */
public final class PageAdmin {
    public static final String BASE = "/admin/pages/";
    private static final String INDENT = "\u2003";
    private final ContentService content;
    private final Stores stores;
    private final Templates templates;

    public PageAdmin(ContentService content, Stores stores, Templates templates) {
        this.content = content;
        this.stores = stores;
        this.templates = templates;
    }

    public AdminHandler list() {
        return (ctx, request) -> {
            List<Page> all = stores.pages().all();
            List<PagesView.Row> rows = new ArrayList<>();
            addTree(all, null, 0, rows);
            ctx.html(templates.render("admin/pages.jte", new PagesView(request.page(Messages.t("admin.nav.pages")), rows)));
        };
    }

    public AdminHandler newForm() {
        return (ctx, request) -> render(ctx, request.page(Messages.t("admin.pages.new")), null, PageForm.blank(), Problems.NONE,
                HttpStatus.OK);
    }

    public AdminHandler editForm() {
        return (ctx, request) -> {
            Page page = page(ctx);
            AdminPage header = new AdminPage(Messages.t("words.pages.edit"), request.user(), request.csrfToken(),
                    ctx.queryParam("saved") != null ? Messages.t("editor.saved") : request.notice());
            render(ctx, header, page, PageForm.of(page), Problems.NONE, HttpStatus.OK);
        };
    }

    public AdminHandler create() {
        return (ctx, request) -> save(ctx, request, null);
    }

    public AdminHandler update() {
        return (ctx, request) -> save(ctx, request, page(ctx));
    }

    /** Without {@code confirm=yes}, only asks: a page saying what deleting would do. */
    public AdminHandler delete() {
        return (ctx, request) -> {
            Page page = page(ctx);
            if (!DeleteQuestions.confirmed(ctx)) {
                ctx.html(templates.render("admin/delete-question.jte", question(request, page)));
                return;
            }
            content.pages().delete(page.id());
            SafeRedirect.to(ctx, BASE, HttpStatus.SEE_OTHER);
        };
    }

    private void save(Context ctx, AdminRequest request, Page stored) {
        PageForm form = PageForm.from(ctx);
        Problems problems = form.problems();
        String title = Messages.t(stored == null ? "admin.pages.new" : "words.pages.edit");
        if (problems.isEmpty() && !form.parent().isEmpty()
                && stores.pages().byId(Long.parseLong(form.parent())).isEmpty()) {
            problems = Problems.of("parent", Messages.t("words.pages.parentGone"));
        }
        if (!problems.isEmpty()) {
            render(ctx, request.page(title), stored, form, problems, HttpStatus.UNPROCESSABLE_CONTENT);
            return;
        }
        try {
            long id = stored == null ? content.pages().create(form.input()) : stored.id();
            if (stored != null) {
                content.pages().update(id, form.input());
            }
            SafeRedirect.to(ctx, BASE + id + "/?saved=1", HttpStatus.SEE_OTHER);
        } catch (InvalidInputException e) {
            render(ctx, request.page(title), stored, form,
                    Problems.of("parent", Messages.t("words.pages.parentLoop")),
                    HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    private void render(Context ctx, AdminPage header, Page stored, PageForm form, Problems problems,
            HttpStatus status) {
        String action = stored == null ? BASE + "new/" : BASE + stored.id() + "/";
        String publicUrl = stored != null && stored.published() ? Urls.simplePage(stored.slug()) : null;
        ctx.status(status).html(templates.render("admin/page-edit.jte", new PageFormView(header, action,
                stored == null ? null : stored.id(), form, problems, parents(stored, form),
                PostFormViews.languages(form.lang()), publicUrl)));
    }

    /** Every other page, the chosen parent selected. */
    private List<PostFormView.Choice> parents(Page stored, PageForm form) {
        return stores.pages().all().stream().filter(p -> stored == null || p.id() != stored.id())
                .map(p -> new PostFormView.Choice(Long.toString(p.id()), p.title(),
                        form.parent().equals(Long.toString(p.id()))))
                .toList();
    }

    private void addTree(List<Page> all, Long parentId, int depth, List<PagesView.Row> rows) {
        for (Page page : all) {
            boolean top = page.parentId() == null || all.stream().noneMatch(p -> p.id() == page.parentId());
            if ((parentId == null ? top : parentId.equals(page.parentId())) && depth < 20) {
                rows.add(new PagesView.Row(page.id(), INDENT.repeat(depth) + page.title(),
                        Messages.t(page.published() ? "editor.status.published" : "editor.status.draft"), page.menuOrder(), page.inMenu(),
                        page.published() ? Urls.simplePage(page.slug()) : null));
                addTree(all, page.id(), depth + 1, rows);
            }
        }
    }

    private DeleteQuestionView question(AdminRequest request, Page page) {
        List<String> consequences = new ArrayList<>();
        if (page.published()) {
            consequences.add(Messages.t(page.inMenu() ? "words.pages.goneFromMenu" : "words.pages.gone",
                    Urls.simplePage(page.slug())));
        }
        long children = stores.pages().all().stream().filter(p -> Objects.equals(p.parentId(), page.id())).count();
        if (children > 0) {
            consequences.add(Messages.t("words.pages.children", children));
        }
        consequences.add(Messages.t("words.delete.undone"));
        String path = BASE + page.id() + "/";
        return new DeleteQuestionView(request.page(Messages.t("words.pages.deleteTitle")), Messages.t("words.kind.page"), page.title(), consequences,
                path + "delete/", path);
    }

    private Page page(Context ctx) {
        try {
            return stores.pages().byId(Long.parseLong(ctx.pathParam("id"))).orElseThrow(NotFoundResponse::new);
        } catch (NumberFormatException e) {
            throw new NotFoundResponse();
        }
    }
}
