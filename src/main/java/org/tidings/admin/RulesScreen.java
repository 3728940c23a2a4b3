package org.tidings.admin;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tidings.app.SafeRedirect;
import org.tidings.app.Templates;
import org.tidings.content.Problems;
import org.tidings.content.Source;
import org.tidings.content.TidingsException;
import org.tidings.curation.CurationRules;
import org.tidings.curation.Rule;
import org.tidings.curation.RuleAction;
import org.tidings.i18n.Messages;
import org.tidings.store.Stores;

/**
 * {@code /admin/rules/}, for editors: the curation rules; add one after previewing the inbox items
 * it would touch (and apply it to them at once if asked); apply a saved one to the items already in
 * the inbox; delete one.
 */
public final class RulesScreen {
    public static final String BASE = "/admin/rules/";
    private final CurationRules rules;
    private final Stores stores;
    private final Templates templates;

    public RulesScreen(CurationRules rules, Stores stores, Templates templates) {
        this.rules = rules;
        this.stores = stores;
        this.templates = templates;
    }

    public AdminHandler list() {
        return (ctx, request) -> render(ctx, request, new Form("", null, "", null), Problems.NONE, null,
                appliedNotice(ctx.queryParam("applied")), HttpStatus.OK);
    }

    /** "Preview" shows what the rule would touch; "Save" saves it, and applies it too when "apply" is ticked. */
    public AdminHandler add() {
        return (ctx, request) -> {
            Form form = Form.of(ctx);
            Problems problems = Messages.in(stores.settings().siteLanguage(),
                    () -> rules.check(form.query(), form.action(), form.target()));
            if (!problems.isEmpty()) {
                render(ctx, request, form, problems, null, null, HttpStatus.UNPROCESSABLE_CONTENT);
                return;
            }
            if (!"save".equals(ctx.formParam("do"))) {
                render(ctx, request, form, problems, rules.preview(form.rule(0)), null, HttpStatus.OK);
                return;
            }
            long id = rules.add(form.query(), form.action(), form.target(), form.outlet());
            String applied = ctx.formParam("apply") != null ? "?applied=" + rules.apply(id) : "";
            SafeRedirect.to(ctx, BASE + applied, HttpStatus.SEE_OTHER);
        };
    }

    public AdminHandler apply() {
        return (ctx, request) -> {
            int touched;
            try {
                touched = rules.apply(ruleId(ctx));
            } catch (TidingsException e) {
                throw new BadRequestResponse(e.getMessage());
            }
            SafeRedirect.to(ctx, BASE + "?applied=" + touched, HttpStatus.SEE_OTHER);
        };
    }

    public AdminHandler delete() {
        return (ctx, request) -> {
            try {
                rules.delete(ruleId(ctx));
            } catch (TidingsException e) {
                throw new BadRequestResponse(e.getMessage());
            }
            SafeRedirect.to(ctx, BASE, HttpStatus.SEE_OTHER);
        };
    }

    /** The add form as sent. */
    private record Form(String query, RuleAction action, String target, Long outlet) {
        static Form of(Context ctx) {
            return new Form(value(ctx, "query"), RuleAction.of(value(ctx, "action")).orElse(null), value(ctx, "target"),
                    InboxScreen.id(ctx.formParam("outlet")));
        }

        Rule rule(long id) {
            return new Rule(id, query, action, target, outlet);
        }
    }

    private void render(Context ctx, AdminRequest request, Form form, Problems problems,
            List<org.tidings.curation.FeedItem> preview, String applied, HttpStatus status) {
        Map<Long, String> outlets = stores.sources().all().stream()
                .collect(Collectors.toMap(Source::id, Source::name, (a, b) -> a));
        RulesView view = Messages.in(stores.settings().siteLanguage(), () -> {
            List<RulesView.RuleRow> rows = rules.list().stream().map(rule -> new RulesView.RuleRow(rule.id(),
                    rule.query(), describe(rule), rule.outletId() == null ? Messages.t("inbox.filter.allOutlets")
                            : outlets.getOrDefault(rule.outletId(), "?"))).toList();
            List<InboxView.Choice> actions = new ArrayList<>();
            for (RuleAction action : RuleAction.values()) {
                actions.add(new InboxView.Choice(action.db(), Messages.t("inbox.rules.action." + action.db()),
                        action == form.action()));
            }
            List<InboxView.Choice> outletChoices = new ArrayList<>();
            outletChoices.add(new InboxView.Choice("", Messages.t("inbox.filter.allOutlets"), form.outlet() == null));
            outlets.forEach((id, name) -> outletChoices.add(new InboxView.Choice(Long.toString(id), name,
                    id.equals(form.outlet()))));
            List<RulesView.Touched> touched = preview == null ? null : preview.stream()
                    .map(item -> new RulesView.Touched(item.id(), item.outlet(), item.title(), item.url())).toList();
            return new RulesView(request.page(Messages.t("inbox.rules.title")), rows, actions, outletChoices,
                    form.query(), form.target(), problems, touched, applied);
        });
        ctx.status(status).html(templates.render("admin/rules.jte", view));
    }

    private static String describe(Rule rule) {
        return rule.action() == RuleAction.CATEGORY
                ? Messages.t("inbox.rules.describe.category", rule.target())
                : Messages.t("inbox.rules.action." + rule.action().db());
    }

    private static String appliedNotice(String applied) {
        return applied != null && applied.matches("[0-9]{1,9}") ? applied : null;
    }

    private static long ruleId(Context ctx) {
        Long id = InboxScreen.id(ctx.pathParam("id"));
        if (id == null) {
            throw new io.javalin.http.NotFoundResponse();
        }
        return id;
    }

    private static String value(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }
}
