package org.tidings.admin;

import java.util.List;
import org.tidings.content.Problems;

/**
 * The rules screen: the saved rules, the add form as sent (with why it was refused), and, after
 * "Preview", the inbox items the rule would touch ({@code preview} null: no preview asked).
 */
public record RulesView(AdminPage page, List<RuleRow> rules, List<InboxView.Choice> actions,
        List<InboxView.Choice> outlets, String query, String target, Problems problems, List<Touched> preview,
        String applied) {

    /** A saved rule as the editor reads it. */
    public record RuleRow(long id, String query, String action, String outlet) {
    }

    /** An item a rule would touch. */
    public record Touched(long id, String outlet, String title, String url) {
    }
}
