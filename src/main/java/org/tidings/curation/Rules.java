package org.tidings.curation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tidings.content.Problems;
import org.tidings.i18n.Messages;

/**
 * Matches editors' rules against inbox items: which items a rule would touch (its preview, and the
 * items "apply to existing items" changes) and which categories the rules give one item. Pure logic
 * over {@link RuleAnalysis}; thread-safe.
 */
public final class Rules {
    private final RuleAnalysis analysis;

    public Rules(RuleAnalysis analysis) {
        this.analysis = analysis;
    }

    /** Why a rule as typed cannot be saved (empty: it can). */
    public Problems check(String query, RuleAction action, String target) {
        Problems problems = Problems.NONE;
        if (RuleQuery.parse(query, analysis).isEmpty()) {
            problems = problems.and("query", Messages.t("inbox.rules.problem.query"));
        }
        if (action == null) {
            problems = problems.and("action", Messages.t("inbox.rules.problem.action"));
        } else if (action == RuleAction.CATEGORY && (target == null || target.isBlank())) {
            problems = problems.and("target", Messages.t("inbox.rules.problem.target"));
        }
        return problems;
    }

    /** The items, among {@code items}, that {@code rule} matches, in their order. */
    public List<RuleItem> preview(Rule rule, List<RuleItem> items) {
        return search(rule.query(), items.stream().filter(item -> fromOutlet(rule, item)).toList());
    }

    /** The items, among {@code items}, whose words match {@code words} read as a rule's (the inbox's word filter). */
    public List<RuleItem> search(String words, List<RuleItem> items) {
        RuleQuery query = RuleQuery.parse(words, analysis);
        List<RuleItem> matched = new ArrayList<>();
        for (RuleItem item : items) {
            if (query.matches(analysis.analyse(words(item)))) {
                matched.add(item);
            }
        }
        return matched;
    }

    /** The categories that the category rules among {@code rules} give {@code item}, in the rules' order. */
    public List<String> categories(List<Rule> rules, RuleItem item) {
        Set<String> categories = new LinkedHashSet<>();
        RuleAnalysis.Analysed text = null;
        for (Rule rule : rules) {
            if (rule.action() != RuleAction.CATEGORY || !fromOutlet(rule, item)) {
                continue;
            }
            text = text == null ? analysis.analyse(words(item)) : text;
            if (RuleQuery.parse(rule.query(), analysis).matches(text)) {
                categories.add(rule.target());
            }
        }
        return List.copyOf(categories);
    }

    /** The names among {@code names} (tags' names) that {@code item} holds as phrases, as a search would find them. */
    public List<String> mentioned(RuleItem item, List<String> names) {
        RuleAnalysis.Analysed text = analysis.analyse(words(item));
        return names.stream()
                .filter(name -> RuleQuery.parse("\"" + name.replace("\"", " ") + "\"", analysis).matches(text))
                .toList();
    }

    private static boolean fromOutlet(Rule rule, RuleItem item) {
        return rule.outletId() == null || rule.outletId() == item.outletId();
    }

    private static String words(RuleItem item) {
        return item.title() + "\n" + item.text();
    }
}
