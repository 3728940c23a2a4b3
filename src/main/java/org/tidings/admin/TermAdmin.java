package org.tidings.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.tidings.app.SafeRedirect;
import org.tidings.app.Templates;
import org.tidings.content.Category;
import org.tidings.content.ContentService;
import org.tidings.content.Outcome;
import org.tidings.content.Problems;
import org.tidings.content.Taxonomy;
import org.tidings.content.Term;
import org.tidings.i18n.Messages;
import org.tidings.site.Urls;
import org.tidings.store.Stores;

/**
 * The management screens of categories, tags, outlets or authors at {@code basePath}: a list read
 * first, and one screen per term (at {@code basePath/ID/}) to rename it (with slug), describe and
 * file it under a parent (categories), merge it into another or delete it. A refused change
 * changes nothing and shows why at the fields of the form that was sent.
 */
public final class TermAdmin {
    private static final String INDENT = "\u2003";
    private final Taxonomy taxonomy;
    private final String basePath;
    private final ContentService content;
    private final Stores stores;
    private final Templates templates;
    private final DeleteQuestions questions;

    public TermAdmin(Taxonomy taxonomy, String basePath, ContentService content, Stores stores, Templates templates) {
        this.taxonomy = taxonomy;
        this.basePath = basePath;
        this.content = content;
        this.stores = stores;
        this.templates = templates;
        this.questions = new DeleteQuestions(stores);
    }

    public String basePath() {
        return basePath;
    }

    public AdminHandler list() {
        return (ctx, request) -> renderList(ctx, request, HttpStatus.OK, Problems.NONE);
    }

    /** The screen of one term, where it is renamed, described, moved, merged or deleted. */
    public AdminHandler edit() {
        return (ctx, request) -> {
            Term term = term(ctx);
            renderEdit(ctx, request, term, stored(term), HttpStatus.OK, "", Problems.NONE);
        };
    }

    public AdminHandler create() {
        return (ctx, request) -> {
            Outcome<Long> parent = parent(ctx);
            Problems problems = parent.isDone()
                    ? content.terms().create(taxonomy, value(ctx, "name"), parent.value()).problems()
                    : parent.problems();
            if (problems.isEmpty()) {
                SafeRedirect.to(ctx, basePath, HttpStatus.SEE_OTHER);
            } else {
                renderList(ctx, request, HttpStatus.UNPROCESSABLE_CONTENT, problems);
            }
        };
    }

    public AdminHandler rename() {
        return (ctx, request) -> {
            Term term = term(ctx);
            change(ctx, request, term, typed(ctx, term), TermEditView.RENAME, () -> {
                if (taxonomy != Taxonomy.CATEGORY) {
                    return content.terms().rename(taxonomy, term.id(), value(ctx, "name"), value(ctx, "slug"));
                }
                Outcome<Long> parent = parent(ctx);
                return parent.isDone() ? content.terms().renameCategory(term.id(), value(ctx, "name"),
                        value(ctx, "slug"), parent.value(), value(ctx, "description")) : parent.problems();
            });
        };
    }

    public AdminHandler merge() {
        return (ctx, request) -> {
            Term from = term(ctx);
            String intoName = value(ctx, "into");
            change(ctx, request, from, stored(from), TermEditView.MERGE, () -> stores.terms().all(taxonomy).stream()
                    .filter(t -> t.name().equalsIgnoreCase(intoName.strip())).findFirst()
                    .map(into -> content.terms().merge(taxonomy, from.id(), into.id()))
                    .orElse(Problems.of("into", Messages.t("words.terms.mergeMissing",
                            taxonomy.word(), intoName))));
        };
    }

    /** Without {@code confirm=yes}, only asks: a page saying what deleting the term would do. */
    public AdminHandler delete() {
        return (ctx, request) -> {
            if (!DeleteQuestions.confirmed(ctx)) {
                ctx.html(templates.render("admin/delete-question.jte",
                        questions.term(request, taxonomy, basePath, term(ctx))));
                return;
            }
            content.terms().delete(taxonomy, term(ctx).id());
            SafeRedirect.to(ctx, basePath, HttpStatus.SEE_OTHER);
        };
    }

    /**
     * Makes a change to {@code term}; refused, its screen shows why at the fields of {@code form},
     * filled with {@code shown} (what was typed into it).
     */
    private void change(Context ctx, AdminRequest request, Term term, TermEditView.Values shown, String form,
            Supplier<Problems> change) {
        Problems problems = change.get();
        if (!problems.isEmpty()) {
            renderEdit(ctx, request, term, shown, HttpStatus.UNPROCESSABLE_CONTENT, form, problems);
            return;
        }
        SafeRedirect.to(ctx, basePath, HttpStatus.SEE_OTHER);
    }

    private void renderList(Context ctx, AdminRequest request, HttpStatus status, Problems problems) {
        List<Term> terms = stores.terms().all(taxonomy);
        Map<Long, String> descriptions = descriptions();
        List<TermsView.Row> rows = new ArrayList<>();
        if (hierarchical()) {
            addTree(terms, null, 0, rows, descriptions);
        } else {
            terms.forEach(t -> rows.add(row(t, t.name(), descriptions)));
        }
        ctx.status(status).html(templates.render("admin/terms.jte", new TermsView(
                request.page(Messages.t("admin.terms." + taxonomy.key() + ".title")),
                Messages.t("admin.terms." + taxonomy.key() + ".new"), basePath, rows, problems, hierarchical(),
                hierarchical(), parents(terms, -1, null))));
    }

    private void renderEdit(Context ctx, AdminRequest request, Term term, TermEditView.Values shown,
            HttpStatus status, String form, Problems problems) {
        List<Term> terms = stores.terms().all(taxonomy);
        ctx.status(status).html(templates.render("admin/term-edit.jte", new TermEditView(
                request.page(Messages.t("admin.terms." + taxonomy.key() + ".edit", term.name())), basePath,
                row(term, term.name(), descriptions()), shown, hierarchical(), hierarchical(),
                hierarchical() ? parents(terms, term.id(), shown.parentId()) : List.of(),
                terms.stream().filter(t -> t.id() != term.id()).map(Term::name).toList(), form, problems)));
    }

    private boolean hierarchical() {
        return taxonomy == Taxonomy.CATEGORY;
    }

    /** Category descriptions by id; the other taxonomies have none here. */
    private Map<Long, String> descriptions() {
        return hierarchical() ? stores.categories().all().stream()
                .collect(Collectors.toMap(Category::id, Category::description)) : Map.of();
    }

    private void addTree(List<Term> terms, Long parentId, int depth, List<TermsView.Row> rows,
            Map<Long, String> descriptions) {
        for (Term term : terms) {
            boolean top = term.parentId() == null || terms.stream().noneMatch(t -> t.id() == term.parentId());
            if ((parentId == null ? top : parentId.equals(term.parentId())) && depth < 20) {
                rows.add(row(term, INDENT.repeat(depth) + term.name(), descriptions));
                addTree(terms, term.id(), depth + 1, rows, descriptions);
            }
        }
    }

    private TermsView.Row row(Term term, String label, Map<Long, String> descriptions) {
        return new TermsView.Row(term.id(), label, term.name(), term.slug(), term.postCount(),
                Urls.term(taxonomy, term.slug()), descriptions.getOrDefault(term.id(), ""),
                basePath + term.id() + "/");
    }

    /** The categories term {@code id} could be filed under (all but itself), {@code chosen} selected. */
    private static List<PostFormView.Choice> parents(List<Term> all, long id, Long chosen) {
        return all.stream().filter(t -> t.id() != id)
                .map(t -> new PostFormView.Choice(String.valueOf(t.id()), t.name(),
                        chosen != null && chosen == t.id()))
                .toList();
    }

    /** The term's form as stored. */
    private TermEditView.Values stored(Term term) {
        return new TermEditView.Values(term.name(), term.slug(), term.parentId(),
                descriptions().getOrDefault(term.id(), ""));
    }

    /** The term's form as it was sent, to show again when the change is refused. */
    private static TermEditView.Values typed(Context ctx, Term term) {
        Long parent;
        try {
            parent = value(ctx, "parent").isBlank() ? null : Long.valueOf(value(ctx, "parent"));
        } catch (NumberFormatException e) {
            parent = term.parentId();
        }
        return new TermEditView.Values(value(ctx, "name"), value(ctx, "slug"), parent, value(ctx, "description"));
    }

    private Term term(Context ctx) {
        try {
            return stores.terms().byId(taxonomy, Long.parseLong(ctx.pathParam("id")))
                    .orElseThrow(NotFoundResponse::new);
        } catch (NumberFormatException e) {
            throw new NotFoundResponse();
        }
    }

    /** The parent category chosen (null: top level), or why it cannot be. */
    private Outcome<Long> parent(Context ctx) {
        String value = ctx.formParam("parent");
        if (taxonomy != Taxonomy.CATEGORY || value == null || value.isBlank()) {
            return Outcome.done(null);
        }
        try {
            return stores.terms().byId(Taxonomy.CATEGORY, Long.parseLong(value)).map(Term::id)
                    .map(Outcome::done)
                    .orElse(Outcome.refused("parent", Messages.t("words.terms.parentGone")));
        } catch (NumberFormatException e) {
            return Outcome.refused("parent", Messages.t("words.terms.parentChoose"));
        }
    }

    private static String value(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }
}
