package org.tidings.admin;

import org.tidings.i18n.Messages;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tidings.content.Post;
import org.tidings.content.PostStatus;
import org.tidings.content.Taxonomy;
import org.tidings.content.Term;
import org.tidings.site.Urls;
import org.tidings.store.Stores;

/**
 * Builds the page that asks before a post or term is deleted, saying what follows from it. A
 * delete request goes ahead only with {@code confirm=yes}, so one click on a Delete button
 * never loses anything.
 */
final class DeleteQuestions {
    private final Stores stores;

    DeleteQuestions(Stores stores) {
        this.stores = stores;
    }

    /** Whether the request came from the confirmation page's Delete button. */
    static boolean confirmed(Context ctx) {
        return DeleteQuestionView.CONFIRM_VALUE.equals(ctx.formParam(DeleteQuestionView.CONFIRM_FIELD));
    }

    DeleteQuestionView post(AdminRequest request, Post post) {
        List<String> consequences = new ArrayList<>();
        if (post.status() == PostStatus.PUBLISHED) {
            consequences.add(Messages.t("words.delete.postGone", Urls.post(post, stores.settings().siteZone())));
        }
        consequences.add(Messages.t("words.delete.revisions", stores.revisions().ofPost(post.id()).size()));
        consequences.add(Messages.t("words.delete.undone"));
        String path = "/admin/posts/" + post.id() + "/";
        return new DeleteQuestionView(request.page(Messages.t("words.delete.postTitle")), Messages.t("words.kind.post"), post.title(), consequences,
                path + "delete/", path);
    }

    DeleteQuestionView term(AdminRequest request, Taxonomy taxonomy, String basePath, Term term) {
        List<String> consequences = new ArrayList<>();
        consequences.add(Messages.t("words.delete.termPosts", term.postCount(), taxonomy.word()));
        if (taxonomy == Taxonomy.CATEGORY) {
            children(term).ifPresent(consequences::add);
        }
        if (taxonomy == Taxonomy.AUTHOR) {
            long accounts = stores.users().all().stream().filter(u -> Objects.equals(u.authorId(), term.id())).count();
            if (accounts > 0) {
                consequences.add(Messages.t("words.delete.authorAccounts", accounts));
            }
        }
        consequences.add(Messages.t("words.delete.archive", Urls.term(taxonomy, term.slug())));
        consequences.add(Messages.t("words.delete.undone"));
        return new DeleteQuestionView(request.page(Messages.t("words.delete.termTitle", taxonomy.word())), taxonomy.word(),
                term.name(), consequences,
                basePath + term.id() + "/delete/", basePath + "#term-" + term.id());
    }

    /** What becomes of a category's subcategories: they move up to its parent, as {@code TermStore.delete} does. */
    private Optional<String> children(Term category) {
        List<Term> all = stores.terms().all(Taxonomy.CATEGORY);
        List<String> names = all.stream().filter(t -> Objects.equals(t.parentId(), category.id())).map(Term::name)
                .toList();
        if (names.isEmpty()) {
            return Optional.empty();
        }
        String parent = all.stream().filter(t -> Objects.equals(t.id(), category.parentId())).map(Term::name)
                .findFirst().map(name -> Messages.t("words.delete.underParent", name)).orElse(Messages.t("words.delete.topLevel"));
        return Optional.of(Messages.t("words.delete.subcategories", String.join(", ", names), parent));
    }
}
