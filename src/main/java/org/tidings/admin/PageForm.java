package org.tidings.admin;

import org.tidings.i18n.Language;
import org.tidings.i18n.Messages;
import io.javalin.http.Context;
import org.tidings.content.Markdown;
import org.tidings.content.Page;
import org.tidings.content.PageInput;
import org.tidings.content.Problems;

/**
 * The page form as typed: the body in Markdown (raw HTML allowed, then sanitized), the parent as
 * an id ("" for none) and the menu place as typed, so a refused form comes back as it was sent.
 * {@code lang} is the page's language tag, blank to detect it from the text on save.
 */
public record PageForm(String title, String slug, String parent, String menuOrder, boolean inMenu, boolean published,
        String body, String lang) {

    public PageForm {
        lang = lang == null ? "" : lang.strip();
    }

    static PageForm blank() {
        return new PageForm("", "", "", "0", true, false, "", "");
    }

    /** A stored page's form; a page that came as HTML (an import) shows its HTML, which Markdown keeps. */
    static PageForm of(Page page) {
        return new PageForm(page.title(), page.slug(), page.parentId() == null ? "" : page.parentId().toString(),
                Integer.toString(page.menuOrder()), page.inMenu(), page.published(),
                page.bodyMarkdown() != null ? page.bodyMarkdown() : page.bodyHtml(), page.lang());
    }

    static PageForm from(Context ctx) {
        return new PageForm(value(ctx, "title"), value(ctx, "slug"), value(ctx, "parent"), value(ctx, "menu_order"),
                ctx.formParam("in_menu") != null, "published".equals(ctx.formParam("status")), value(ctx, "body"),
                value(ctx, "lang"));
    }

    /** What is wrong with the typed values themselves; the service checks the rest (a parent inside the page). */
    Problems problems() {
        Problems problems = Problems.NONE;
        if (title.isBlank()) {
            problems = problems.and("title", Messages.t("words.pages.title"));
        }
        if (!menuOrder.strip().matches("-?[0-9]{1,6}")) {
            problems = problems.and("menu_order", Messages.t("words.pages.menuOrder"));
        }
        if (!parent.isEmpty() && !parent.matches("[0-9]{1,18}")) {
            problems = problems.and("parent", Messages.t("words.pages.parentChoose"));
        }
        if (!lang.isEmpty() && Language.ofTag(lang).isEmpty()) {
            problems = problems.and("lang", Messages.t("admin.post.lang.unknown"));
        }
        return problems;
    }

    /** The page to store: only call once {@link #problems()} found none. */
    PageInput input() {
        return new PageInput(title, slug, Markdown.toSafeHtml(body), body, published,
                parent.isEmpty() ? null : Long.valueOf(parent), Integer.parseInt(menuOrder.strip()), inMenu, null,
                lang);
    }

    private static String value(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }
}
