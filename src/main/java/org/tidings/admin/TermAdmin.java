package org.tidings.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.tidings.app.SafeRedirect;
import org.tidings.app.Templates;
import org.tidings.content.ContentService;
import org.tidings.content.Outcome;
import org.tidings.content.Problems;
import org.tidings.content.Taxonomy;
import org.tidings.content.Term;
import org.tidings.store.Stores;
import org.tidings.site.Urls;

/**
 * The management screen of categories, tags, outlets or authors at {@code basePath}: list,
 * create, rename (with slug), file under a parent (categories), merge into another, delete.
 * A refused change changes nothing and shows why at the fields of the form that was sent.
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
        return (ctx, request) -> render(ctx, request, HttpStatus.OK, "", Problems.NONE);
    }

    public AdminHandler create() {
        return (ctx, request) -> change(ctx, request, TermsView.NEW_FORM, () -> {
            Outcome<Long> parent = parent(ctx);
            return parent.isDone() ? content.terms().create(taxonomy, value(ctx, "name"), parent.value()).problems()
                    : parent.problems();
        });
    }

    public AdminHandler rename() {
        return (ctx, request) -> {
            long id = term(ctx).id();
            change(ctx, request, TermsView.renameForm(id), () -> {
                if (taxonomy != Taxonomy.CATEGORY) {
                    return content.terms().rename(taxonomy, id, value(ctx, "name"), value(ctx, "slug"));
                }
                Outcome<Long> parent = parent(ctx);
                return parent.isDone()
                        ? content.terms().renameCategory(id, value(ctx, "name"), value(ctx, "slug"), parent.value())
                        : parent.problems();
            });
        };
    }

    public AdminHandler merge() {
        return (ctx, request) -> {
            Term from = term(ctx);
            String intoName = value(ctx, "into");
            change(ctx, request, TermsView.mergeForm(from.id()), () -> stores.terms().all(taxonomy).stream()
                    .filter(t -> t.name().equalsIgnoreCase(intoName.strip())).findFirst()
                    .map(into -> content.terms().merge(taxonomy, from.id(), into.id()))
                    .orElse(Problems.of("into", "There is no " + taxonomy.singular().toLowerCase()
                            + " named \"" + intoName + "\" to merge into.")));
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

    /** Makes a change; refused, the list shows why at the fields of {@code form}, the form that was sent. */
    private void change(Context ctx, AdminRequest request, String form, Supplier<Problems> change) {
        Problems problems = change.get();
        if (!problems.isEmpty()) {
            render(ctx, request, HttpStatus.UNPROCESSABLE_CONTENT, form, problems);
            return;
        }
        SafeRedirect.to(ctx, basePath, HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, AdminRequest request, HttpStatus status, String form, Problems problems) {
        List<Term> terms = stores.terms().all(taxonomy);
        List<TermsView.Row> rows = new ArrayList<>();
        boolean hierarchical = taxonomy == Taxonomy.CATEGORY;
        if (hierarchical) {
            addTree(terms, null, 0, rows);
        } else {
            terms.forEach(t -> rows.add(row(t, t.name(), terms)));
        }
        ctx.status(status).html(templates.render("admin/terms.jte", new TermsView(request.page(taxonomy.plural()),
                taxonomy.singular(), basePath, rows, terms.stream().map(Term::name).toList(), form, problems,
                        hierarchical,
                parents(terms, null))));
    }

    private void addTree(List<Term> terms, Long parentId, int depth, List<TermsView.Row> rows) {
        for (Term term : terms) {
            boolean top = term.parentId() == null || terms.stream().noneMatch(t -> t.id() == term.parentId());
            if ((parentId == null ? top : parentId.equals(term.parentId())) && depth < 20) {
                rows.add(row(term, INDENT.repeat(depth) + term.name(), terms));
                addTree(terms, term.id(), depth + 1, rows);
            }
        }
    }

    private TermsView.Row row(Term term, String label, List<Term> all) {
        return new TermsView.Row(term.id(), label, term.name(), term.slug(), term.postCount(),
                Urls.term(taxonomy, term.slug()), taxonomy == Taxonomy.CATEGORY ? parents(all, term) : List.of());
    }

    /** The categories {@code term} could be filed under (all but itself), its current parent selected. */
    private static List<PostFormView.Choice> parents(List<Term> all, Term term) {
        return all.stream().filter(t -> term == null || t.id() != term.id())
                .map(t -> new PostFormView.Choice(String.valueOf(t.id()), t.name(),
                        term != null && term.parentId() != null && term.parentId() == t.id()))
                .toList();
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
                    .orElse(Outcome.refused("parent", "The chosen parent category no longer exists."));
        } catch (NumberFormatException e) {
            return Outcome.refused("parent", "Choose a parent category from the list.");
        }
    }

    private static String value(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }
}
