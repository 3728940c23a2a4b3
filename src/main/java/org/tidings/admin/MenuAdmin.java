package org.tidings.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tidings.app.SafeRedirect;
import org.tidings.app.Templates;
import org.tidings.content.ContentService;
import org.tidings.content.MenuItem;
import org.tidings.content.MenuKind;
import org.tidings.content.Menus;
import org.tidings.content.Problems;
import org.tidings.content.Taxonomy;
import org.tidings.i18n.Messages;
import org.tidings.site.Link;
import org.tidings.site.Site;
import org.tidings.site.SiteMenu;
import org.tidings.store.Stores;

/**
 * The site menu screen at {@code /admin/menu/}, for editors: the menu in order, each item moved up
 * or down or removed with its own small form (no script needed), and a form adding a category,
 * an outlet, a page, an index page or a custom link. The first change stores the default menu.
 */
public final class MenuAdmin {
    public static final String BASE = "/admin/menu/";
    /** Form values name an item as {@code kind} or {@code kind:id}. */
    private static final char SEPARATOR = ':';
    private final ContentService content;
    private final Stores stores;
    private final Site site;
    private final Templates templates;

    public MenuAdmin(ContentService content, Stores stores, Site site, Templates templates) {
        this.content = content;
        this.stores = stores;
        this.site = site;
        this.templates = templates;
    }

    public AdminHandler list() {
        return (ctx, request) -> render(ctx, request, "", "", "", Problems.NONE, HttpStatus.OK);
    }

    public AdminHandler add() {
        return (ctx, request) -> {
            String item = value(ctx, "item");
            String url = value(ctx, "url");
            String label = value(ctx, "label");
            int at = item.indexOf(SEPARATOR);
            Optional<MenuKind> kind = MenuKind.ofDb(at < 0 ? item : item.substring(0, at));
            Problems problems = kind.isEmpty() ? Problems.of("item", "admin.menu.problem.target")
                    : content.menus().add(kind.get(), targetId(item), url, label);
            if (!problems.isEmpty()) {
                render(ctx, request, item, url, label, problems, HttpStatus.UNPROCESSABLE_CONTENT);
                return;
            }
            SafeRedirect.to(ctx, BASE, HttpStatus.SEE_OTHER);
        };
    }

    public AdminHandler arrange() {
        return (ctx, request) -> {
            content.menus().arrange();
            SafeRedirect.to(ctx, BASE, HttpStatus.SEE_OTHER);
        };
    }

    /** {@code direction=up} or {@code down}. */
    public AdminHandler move() {
        return (ctx, request) -> {
            content.menus().move(id(ctx), "up".equals(ctx.formParam("direction")) ? -1 : 1);
            SafeRedirect.to(ctx, BASE, HttpStatus.SEE_OTHER);
        };
    }

    public AdminHandler remove() {
        return (ctx, request) -> {
            content.menus().remove(id(ctx));
            SafeRedirect.to(ctx, BASE, HttpStatus.SEE_OTHER);
        };
    }

    private void render(Context ctx, AdminRequest request, String item, String url, String label, Problems problems,
            HttpStatus status) {
        List<MenuItem> items = Menus.current(stores);
        List<MenuView.Row> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            MenuItem menuItem = items.get(i);
            Optional<Link> link = SiteMenu.link(stores, menuItem, site.language());
            rows.add(new MenuView.Row(menuItem.id(), link.map(Link::name).orElse(text("admin.menu.gone")),
                    link.map(Link::url).orElse(null), "admin.menu.kind." + menuItem.kind().db(), i == 0,
                    i == items.size() - 1));
        }
        ctx.status(status).html(templates.render("admin/menu.jte", new MenuView(request.page(text("admin.menu.title")),
                content.menus().arranged(), rows, groups(item), item, url, label, problems)));
    }

    /** What can be added: index pages, categories, outlets, published pages and a custom link. */
    private List<MenuView.Group> groups(String selected) {
        List<PostFormView.Choice> indexes = new ArrayList<>();
        for (MenuKind kind : MenuKind.values()) {
            if (kind.isIndex()) {
                indexes.add(choice(kind.db(), text("admin.menu.kind." + kind.db()), selected));
            }
        }
        List<PostFormView.Choice> categories = stores.terms().all(Taxonomy.CATEGORY).stream()
                .map(t -> choice("category:" + t.id(), t.name(), selected)).toList();
        List<PostFormView.Choice> outlets = stores.terms().all(Taxonomy.SOURCE).stream()
                .map(t -> choice("source:" + t.id(), t.name(), selected)).toList();
        List<PostFormView.Choice> pages = stores.pages().all().stream()
                .map(p -> choice("page:" + p.id(), p.title(), selected)).toList();
        return List.of(new MenuView.Group("admin.menu.group.link",
                        List.of(choice(MenuKind.LINK.db(), text("admin.menu.kind.link"), selected))),
                new MenuView.Group("admin.menu.group.indexes", indexes),
                new MenuView.Group("admin.menu.group.categories", categories),
                new MenuView.Group("admin.menu.group.outlets", outlets),
                new MenuView.Group("admin.menu.group.pages", pages));
    }

    private static PostFormView.Choice choice(String value, String label, String selected) {
        return new PostFormView.Choice(value, label, value.equals(selected));
    }

    private static Long targetId(String item) {
        int at = item.indexOf(SEPARATOR);
        String id = at < 0 ? "" : item.substring(at + 1);
        return id.matches("[0-9]{1,18}") ? Long.valueOf(id) : null;
    }

    private static long id(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("[0-9]{1,18}")) {
            throw new NotFoundResponse();
        }
        return Long.parseLong(id);
    }

    private String text(String key) {
        return Messages.text(site.language(), key);
    }

    private static String value(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }
}
