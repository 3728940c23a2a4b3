package org.tidings.admin;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tidings.app.SafeRedirect;
import org.tidings.app.Templates;
import org.tidings.content.HtmlSanitizer;
import org.tidings.content.TidingsException;
import org.tidings.curation.Curation;
import org.tidings.curation.DraftChoices;
import org.tidings.curation.ItemDrafts;
import org.tidings.curation.ItemParagraphs;
import org.tidings.i18n.Messages;
import org.tidings.store.Stores;

/**
 * {@code /admin/inbox/ITEM/draft/}: the editor ticks the paragraphs to excerpt and keeps or adds
 * categories and tags; "Create draft" makes the attributed draft through the one write path and
 * opens it in the post editor. Form fields: {@code p.N} per ticked paragraph, {@code category.N}
 * and {@code tag.N} per kept suggestion, {@code more_categories} and {@code more_tags} comma-separated.
 */
public final class InboxDraftScreen {
    private final ItemDrafts drafts;
    private final Curation curation;
    private final Stores stores;
    private final Templates templates;

    public InboxDraftScreen(ItemDrafts drafts, Curation curation, Stores stores, Templates templates) {
        this.drafts = drafts;
        this.curation = curation;
        this.stores = stores;
        this.templates = templates;
    }

    public AdminHandler form() {
        return (ctx, request) -> render(ctx, request, InboxScreen.itemId(ctx), null);
    }

    /**
     * {@code POST .../ID/full-text/}: fetches the original article (safe fetcher, extractor) so its
     * paragraphs can be ticked; back to the draft screen, or the screen again saying why not.
     */
    public AdminHandler fullText() {
        return (ctx, request) -> {
            long id = InboxScreen.itemId(ctx);
            choices(id);
            try {
                curation.fetchFullText(id);
            } catch (TidingsException e) {
                ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
                render(ctx, request, id, e.getMessage());
                return;
            }
            SafeRedirect.to(ctx, InboxScreen.BASE + id + "/draft/", HttpStatus.SEE_OTHER);
        };
    }

    private void render(Context ctx, AdminRequest request, long id, String problem) {
        InboxDraftView view = Messages.in(stores.settings().siteLanguage(), () -> {
            DraftChoices choices = choices(id);
            List<InboxDraftView.Paragraph> paragraphs = new ArrayList<>();
            for (int i = 0; i < choices.paragraphs().size(); i++) {
                String html = HtmlSanitizer.sanitize(choices.paragraphs().get(i)).html();
                paragraphs.add(new InboxDraftView.Paragraph(i, output -> output.writeContent(html),
                        i < ItemParagraphs.TICKED_BY_DEFAULT));
            }
            String lang = choices.item().lang() == null || choices.item().lang().isBlank() ? null : choices.item().lang();
            return new InboxDraftView(request.page(Messages.t("inbox.draft.title", choices.item().title())),
                    choices, paragraphs, InboxScreen.BASE + id + "/draft/", lang,
                    InboxScreen.BASE + id + "/full-text/", problem);
        });
        ctx.html(templates.render("admin/inbox-draft.jte", view));
    }

    public AdminHandler create() {
        return (ctx, request) -> {
            long id = InboxScreen.itemId(ctx);
            choices(id);
            Map<String, List<String>> form = ctx.formParamMap();
            Set<Integer> ticked = new LinkedHashSet<>();
            for (String name : form.keySet()) {
                if (name.matches("p\\.[0-9]{1,5}")) {
                    ticked.add(Integer.parseInt(name.substring(2)));
                }
            }
            long postId = drafts.create(id, ticked, names(form, "category.", "more_categories"),
                    names(form, "tag.", "more_tags"), request.user().actor(ctx.ip()));
            SafeRedirect.to(ctx, "/admin/posts/" + postId + "/", HttpStatus.SEE_OTHER);
        };
    }

    private DraftChoices choices(long id) {
        try {
            return drafts.choices(id);
        } catch (TidingsException e) {
            throw new NotFoundResponse(e.getMessage());
        }
    }

    /** The values of the checkboxes named {@code prefix}N, then the comma-separated names typed in {@code more}. */
    private static List<String> names(Map<String, List<String>> form, String prefix, String more) {
        Set<String> names = new LinkedHashSet<>();
        form.forEach((name, values) -> {
            if (name.startsWith(prefix)) {
                names.addAll(values);
            }
        });
        for (String typed : form.getOrDefault(more, List.of())) {
            for (String name : typed.split(",")) {
                names.add(name.strip());
            }
        }
        names.removeIf(String::isBlank);
        return List.copyOf(names);
    }
}
