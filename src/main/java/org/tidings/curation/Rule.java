package org.tidings.curation;

/**
 * An editors' rule: items matching {@code query} (see {@link RuleQuery}), only from outlet
 * {@code outletId} when it is not null, get {@code action}; {@code target} is the category's name
 * for {@link RuleAction#CATEGORY}, blank otherwise.
 */
public record Rule(long id, String query, RuleAction action, String target, Long outletId) {
    public Rule {
        target = target == null ? "" : target.strip();
    }
}
