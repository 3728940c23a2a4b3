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

    PostFormView of(AdminPage page, EditablePost post, PostForm form, AdminRequest request, Problems problems) {
        boolean editor = request.user().may(Role.EDITOR);
        PostStatus stored = post == null ? null : post.post().status();
        String base = post == null ? "/admin/posts/new/" : "/admin/posts/" + post.post().id() + "/";
        return new PostFormView(page,
                post == null ? null : post.post().id(),
                base, form, actions(stored, editor), stored == null ? PostStatus.DRAFT.db() : stored.db(),
                stored == null ? "editor.status.new" : "editor.status." + stored.db(),
                categories(form.categoryNames()),
                stores.sources().all().stream().map(Source::name).toList(),
                stores.authors().all().stream().map(Author::name).toList(),
                problems,
                stored == PostStatus.PUBLISHED ? Urls.post(post.post(), stores.settings().siteZone()) : null,
                post == null ? null : base + "preview/",
                stored == null || stored == PostStatus.DRAFT ? base + "autosave/" : null,
                post != null && !PostAccess.mayEdit(request, post),
                images(form.featuredMediaId()),
                new PostFormView.DateField(stores.settings().siteZone().getId(),
                        post != null && post.post().dateUnknown(), post != null && post.post().pathDate() != null),
                languages(form.lang()));
    }

    /**
     * The save buttons for a post now {@code stored} (null: new), the main one first. Editors
     * publish, schedule or keep a draft; a published post is updated in place or taken back to
     * draft; contributors save drafts and submit them for review.
     */
    static List<PostFormView.Action> actions(PostStatus stored, boolean editor) {
        if (!editor) {
            return List.of(action(PostStatus.PENDING, "editor.action.submit", true),
                    action(PostStatus.DRAFT, "editor.action.draft", false));
        }
        if (stored == PostStatus.PUBLISHED) {
            return List.of(action(PostStatus.PUBLISHED, "editor.action.update", true),
                    action(PostStatus.DRAFT, "editor.action.unpublish", false));
        }
        return List.of(action(PostStatus.PUBLISHED, "editor.action.publish", true),
                action(PostStatus.SCHEDULED, "editor.action.schedule", false),
                action(PostStatus.DRAFT, "editor.action.draft", false));
    }

    private static PostFormView.Action action(PostStatus status, String key, boolean primary) {
        return new PostFormView.Action(status.db(), key, primary);
    }

    /** "Detect from the text", then every language the site knows; {@code chosen} selected (posts and pages). */
    static List<PostFormView.Choice> languages(String chosen) {
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

    /** The post's date as the form shows it, in the site's zone; empty when it has none or it is unknown. */
    String publishAt(EditablePost post) {
        if (post.post().publishedAt() == null || post.post().dateUnknown()) {
            return "";
        }
        ZoneId zone = stores.settings().siteZone();
        return PostForm.LOCAL.format(post.post().publishedAt().atZone(zone));
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
