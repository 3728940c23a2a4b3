package org.tidings.admin;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.tidings.content.Author;
import org.tidings.content.Category;
import org.tidings.content.EditablePost;
import org.tidings.content.PostStatus;
import org.tidings.content.Problems;
import org.tidings.content.Role;
import org.tidings.content.SafeHtml;
import org.tidings.content.Source;
import org.tidings.i18n.Language;
import org.tidings.i18n.Messages;
import org.tidings.site.Urls;
import org.tidings.store.Stores;

/** Builds the editor's view: the form's values with the categories, outlets and bylines to choose from. */
final class PostFormViews {
    private static final String INDENT = "\u2003";
    /** How many of the newest library images the editor offers. */
    private static final int IMAGE_CHOICES = 200;
    private final Stores stores;

    PostFormViews(Stores stores) {
        this.stores = stores;
    }

    PostFormView of(AdminPage page, EditablePost post, PostForm form, AdminRequest request, Problems problems,
            SafeHtml preview) {
        boolean editor = request.user().may(Role.EDITOR);
        boolean published = post != null && post.post().status() == PostStatus.PUBLISHED;
        return new PostFormView(page,
                post == null ? null : post.post().id(),
                post == null ? "/admin/posts/new/" : "/admin/posts/" + post.post().id() + "/",
                form, statuses(form.status(), editor), categories(form.categoryNames()),
                stores.sources().all().stream().map(Source::name).toList(),
                stores.authors().all().stream().map(Author::name).toList(),
                problems, preview,
                published ? Urls.post(post.post(), stores.settings().siteZone()) : null,
                post != null && !PostAccess.mayEdit(request, post),
                images(form.featuredMediaId()), languages(form.lang()));
    }

    /** "Detect from the text", then every language the site knows; {@code chosen} selected. */
    private static List<PostFormView.Choice> languages(String chosen) {
        List<PostFormView.Choice> choices = new ArrayList<>();
        choices.add(new PostFormView.Choice("", Messages.t("admin.post.lang.detect"), chosen.isEmpty()));
        for (Language language : Language.values()) {
            choices.add(new PostFormView.Choice(language.tag(), language.nativeName(),
                    Language.ofTag(chosen).filter(language::equals).isPresent()));
        }
        return choices;
    }

    /** The library's newest images, labelled by name and alt text; {@code featuredId} selected. */
    private List<PostFormView.Choice> images(Long featuredId) {
        return stores.media().images(IMAGE_CHOICES).stream()
                .map(item -> new PostFormView.Choice(String.valueOf(item.id()),
                        item.originalName() + " – " + item.alt(), featuredId != null && featuredId == item.id()))
                .toList();
    }

    /** The stored scheduled time as the form shows it, in the site's zone. */
    String publishAt(EditablePost post) {
        if (post.post().status() != PostStatus.SCHEDULED || post.post().publishedAt() == null) {
            return "";
        }
        ZoneId zone = stores.settings().siteZone();
        return PostForm.LOCAL.format(post.post().publishedAt().atZone(zone));
    }

    /** The statuses this user may choose; contributors write drafts and submit them for review. */
    private static List<PostFormView.Choice> statuses(PostStatus current, boolean editor) {
        List<PostFormView.Choice> choices = new ArrayList<>();
        choices.add(choice(PostStatus.DRAFT, "Draft", current));
        choices.add(choice(PostStatus.PENDING, "Pending review", current));
        if (editor) {
            choices.add(choice(PostStatus.SCHEDULED, "Scheduled (at the time below)", current));
            choices.add(choice(PostStatus.PUBLISHED, "Published", current));
        }
        return choices;
    }

    private static PostFormView.Choice choice(PostStatus status, String label, PostStatus current) {
        return new PostFormView.Choice(status.db(), label, status == current);
    }

    /** Every category, each under its parent, indented by depth. */
    private List<PostFormView.Choice> categories(List<String> checkedNames) {
        List<Category> all = stores.categories().all();
        List<PostFormView.Choice> choices = new ArrayList<>();
        addChildren(all, null, 0, checkedNames, choices);
        return choices;
    }

    private static void addChildren(List<Category> all, Long parentId, int depth, List<String> checked,
            List<PostFormView.Choice> choices) {
        for (Category category : all) {
            boolean isChild = parentId == null ? category.parentId() == null
                    || all.stream().noneMatch(c -> c.id() == category.parentId())
                    : parentId.equals(category.parentId());
            if (isChild && depth < 20) {
                boolean on = checked.stream().anyMatch(n -> n.equalsIgnoreCase(category.name()));
                choices.add(new PostFormView.Choice(String.valueOf(category.id()), INDENT.repeat(depth) + category.name(), on));
                addChildren(all, category.id(), depth + 1, checked, choices);
            }
        }
    }
}
