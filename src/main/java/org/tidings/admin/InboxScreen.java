package org.tidings.admin;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.tidings.app.SafeRedirect;
import org.tidings.app.Templates;
import org.tidings.content.Source;
import org.tidings.content.TidingsException;
import org.tidings.curation.Curation;
import org.tidings.curation.CurationRules;
import org.tidings.curation.FeedItem;
import org.tidings.curation.GroupingReason;
import org.tidings.curation.InboxQuery;
import org.tidings.curation.ItemState;
import org.tidings.curation.StoryTerm;
import org.tidings.i18n.Dates;
import org.tidings.i18n.Messages;
import org.tidings.store.Stores;

/**
 * The curation inbox at {@code /admin/inbox/}, for editors: items newest first, one row per story
 * with the other outlets that reported it and why they were grouped; filters by outlet, words (read
 * as a rule's, through the search's analysis) and state; save, dismiss, split and merge as plain
 * forms, which {@code /assets/inbox.js} drives from the keyboard when JavaScript is on.
 */
public final class InboxScreen {
    public static final String BASE = "/admin/inbox/";
    private static final int PER_PAGE = 50;
    private static final int SUMMARY_LENGTH = 300;
    private final Curation curation;
    private final CurationRules rules;
    private final Stores stores;
    private final Templates templates;

    public InboxScreen(Curation curation, CurationRules rules, Stores stores, Templates templates) {
        this.curation = curation;
        this.rules = rules;
        this.stores = stores;
        this.templates = templates;
    }

    public AdminHandler list() {
        return (ctx, request) -> {
            ItemState state = state(ctx.queryParam("state"));
            Long outlet = id(ctx.queryParam("outlet"));
            String words = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
            int page = page(ctx.queryParam("page"));
            List<FeedItem> items = words.isEmpty()
                    ? curation.inbox(new InboxQuery(state, outlet, PER_PAGE + 1, (page - 1) * PER_PAGE))
                    : found(words, state, outlet, page);
            boolean more = items.size() > PER_PAGE;
            String stateKey = state == null ? "all" : state.key();
            String query = "?state=" + stateKey + (outlet == null ? "" : "&outlet=" + outlet)
                    + (words.isEmpty() ? "" : "&q=" + java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8));
            String back = BASE + query + (page > 1 ? "&page=" + page : "");
            InboxView view = Messages.in(stores.settings().siteLanguage(), () -> new InboxView(
                    request.page(Messages.t("inbox.title")), rows(items.subList(0, Math.min(PER_PAGE, items.size()))),
                    outlets(outlet), states(stateKey), words, back, page > 1 ? BASE + query + "&page=" + (page - 1) : null,
                    more ? BASE + query + "&page=" + (page + 1) : null));
            ctx.html(templates.render("admin/inbox.jte", view));
        };
    }

    /** Sets an item's state (saved, dismissed, new again), then back to the list as it was. */
    public AdminHandler setState() {
        return (ctx, request) -> {
            ItemState state = state(ctx.formParam("state"));
            if (state == null || state == ItemState.CURATED) {
                throw new BadRequestResponse(Messages.t("inbox.problem.curatedByDraft"));
            }
            curation.setState(itemId(ctx), state);
            back(ctx);
        };
    }

    /** Takes an item out of its story. */
    public AdminHandler split() {
        return (ctx, request) -> {
            long id = itemId(ctx);
            try {
                curation.split(id);
            } catch (TidingsException e) {
                throw new BadRequestResponse(e.getMessage());
            }
            back(ctx);
        };
    }

    /** Joins the story {@code absorbed} into the story {@code kept}. */
    public AdminHandler merge() {
        return (ctx, request) -> {
            Long kept = id(ctx.formParam("kept"));
            Long absorbed = id(ctx.formParam("absorbed"));
            if (kept == null || absorbed == null) {
                throw new BadRequestResponse(Messages.t("inbox.problem.storyNumber"));
            }
            try {
                curation.merge(kept, absorbed);
            } catch (TidingsException e) {
                throw new BadRequestResponse(e.getMessage());
            }
            back(ctx);
        };
    }

    private List<FeedItem> found(String words, ItemState state, Long outlet, int page) {
        List<FeedItem> candidates = rules.recent(state).stream()
                .filter(item -> outlet == null || item.sourceId() == outlet).toList();
        List<FeedItem> matched = rules.search(words, candidates);
        int from = Math.min((page - 1) * PER_PAGE, matched.size());
        return matched.subList(from, Math.min(from + PER_PAGE + 1, matched.size()));
    }

    private List<InboxView.Row> rows(List<FeedItem> items) {
        ZoneId zone = stores.settings().siteZone();
        Set<Long> storiesShown = new HashSet<>();
        List<InboxView.Row> rows = new ArrayList<>();
        for (FeedItem item : items) {
            if (item.storyId() != null && !storiesShown.add(item.storyId())) {
                continue;
            }
            List<InboxView.Also> also = item.storyId() == null ? List.of()
                    : curation.storyItems(item.storyId()).stream().filter(other -> other.id() != item.id())
                            .map(this::also).toList();
            Long postId = item.postId() != null ? item.postId()
                    : item.storyId() == null ? null : curation.storyPost(item.storyId()).orElse(null);
            rows.add(new InboxView.Row(item.id(), item.outlet(), item.title(), item.url(), summary(item),
                    item.publishedAt().toString(), Dates.minute(item.publishedAt(), zone),
                    item.lang() == null || item.lang().isBlank() ? null : item.lang(),
                    Messages.t("inbox.state." + item.state().key()), item.flagged(), item.storyId(), also,
                    BASE + item.id() + "/draft/", postId == null ? null : "/admin/posts/" + postId + "/"));
        }
        return rows;
    }

    private InboxView.Also also(FeedItem other) {
        GroupingReason reason = curation.reason(other.id()).orElse(null);
        String score = reason == null ? null : String.format(Locale.ROOT, "%.2f", reason.score());
        String words = reason == null ? null
                : reason.sharedTerms().stream().map(StoryTerm::word).collect(Collectors.joining(", "));
        return new InboxView.Also(other.id(), other.outlet(), other.title(), other.url(), score, words);
    }

    private static String summary(FeedItem item) {
        String text = Jsoup.parseBodyFragment(item.summaryHtml().isBlank() ? item.contentHtml() : item.summaryHtml())
                .text();
        return text.length() <= SUMMARY_LENGTH ? text : text.substring(0, SUMMARY_LENGTH).strip() + "…";
    }

    private List<InboxView.Choice> outlets(Long selected) {
        Set<Long> followed = curation.listFeeds().stream().map(feed -> feed.sourceId()).collect(Collectors.toSet());
        List<InboxView.Choice> choices = new ArrayList<>();
        choices.add(new InboxView.Choice("", Messages.t("inbox.filter.allOutlets"), selected == null));
        for (Source source : stores.sources().all()) {
            if (followed.contains(source.id())) {
                choices.add(new InboxView.Choice(Long.toString(source.id()), source.name(),
                        selected != null && selected == source.id()));
            }
        }
        return choices;
    }

    private static List<InboxView.Choice> states(String selected) {
        List<InboxView.Choice> choices = new ArrayList<>();
        for (ItemState state : ItemState.values()) {
            choices.add(new InboxView.Choice(state.key(), Messages.t("inbox.state." + state.key()),
                    state.key().equals(selected)));
        }
        choices.add(new InboxView.Choice("all", Messages.t("inbox.state.all"), "all".equals(selected)));
        return choices;
    }

    /** The state asked for; none asked: new items, the day's work; "all": any state. */
    private static ItemState state(String asked) {
        if (asked == null || asked.isBlank()) {
            return ItemState.NEW;
        }
        if (asked.equals("all")) {
            return null;
        }
        try {
            return ItemState.parse(asked);
        } catch (IllegalArgumentException e) {
            return ItemState.NEW;
        }
    }

    private static int page(String asked) {
        return asked != null && asked.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(asked) : 1;
    }

    static Long id(String value) {
        return value != null && value.strip().matches("[0-9]{1,18}") ? Long.parseLong(value.strip()) : null;
    }

    static long itemId(Context ctx) {
        Long id = id(ctx.pathParam("id"));
        if (id == null) {
            throw new io.javalin.http.NotFoundResponse();
        }
        return id;
    }

    /** Back to the list as the editor left it (only an inbox address is followed). */
    private static void back(Context ctx) {
        String back = ctx.formParam("back");
        SafeRedirect.to(ctx, back != null && back.startsWith(BASE) ? back : BASE, HttpStatus.SEE_OTHER);
    }
}
