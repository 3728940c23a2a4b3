package org.tidings.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Editors' rules match what the site search would find, in English and Korean, and preview before saving. */
class RulesTest {
    private static final Rules RULES = new Rules(new RuleAnalysis());
    private static final long REUTERS = 1;
    private static final long YONHAP = 2;

    private static final RuleItem DEFECTORS = new RuleItem(10, REUTERS, "Defectors reach Seoul",
            "Three North Koreans who fled across the river arrived in Seoul.");
    private static final RuleItem KOREAN = new RuleItem(11, YONHAP, "탈북민 정착 지원 늘린다",
            "통일부는 탈북민들의 정착을 돕기 위한 예산을 늘리기로 했다.");
    private static final RuleItem MISSILE = new RuleItem(12, YONHAP, "North Korea fires a missile",
            "The missile flew 600 km before falling into the sea, the military said.");
    private static final RuleItem REFUGEE_SPORT = new RuleItem(13, REUTERS, "Refugee team wins football match",
            "A team of refugees won the final; sports fans cheered in the stadium.");
    private static final List<RuleItem> INBOX = List.of(DEFECTORS, KOREAN, MISSILE, REFUGEE_SPORT);

    private static Rule rule(String query, RuleAction action, String target, Long outlet) {
        return new Rule(0, query, action, target, outlet);
    }

    private static List<Long> previewIds(Rule rule) {
        return RULES.preview(rule, INBOX).stream().map(RuleItem::id).toList();
    }

    @Test
    void alternativesMatchEnglishFormsAndKoreanWordParts() {
        Rule rule = rule("refugee OR defector OR 탈북", RuleAction.CATEGORY, "North Korean refugee", null);

        // "Defectors" is a form of "defector"; 탈북 is the first part of 탈북민 for Nori, as in the site search.
        assertThat(previewIds(rule)).containsExactly(10L, 11L, 13L);
    }

    @Test
    void wordsSideBySideMustAllAppearAndMinusExcludes() {
        assertThat(previewIds(rule("north korea missile", RuleAction.FLAG, "", null))).containsExactly(12L);
        assertThat(previewIds(rule("refugee -football", RuleAction.FLAG, "", null))).isEmpty();
        assertThat(previewIds(rule("\"across the river\"", RuleAction.FLAG, "", null))).containsExactly(10L);
        assertThat(previewIds(rule("\"river across\"", RuleAction.FLAG, "", null))).isEmpty();
    }

    @Test
    void aRuleForOneOutletLeavesTheOthersAlone() {
        Rule dismiss = rule("sports OR football", RuleAction.DISMISS, "", YONHAP);
        assertThat(previewIds(dismiss)).isEmpty();

        Rule dismissReuters = rule("sports OR football", RuleAction.DISMISS, "", REUTERS);
        assertThat(previewIds(dismissReuters)).containsExactly(13L);
    }

    @Test
    void categoryRulesGiveTheirCategoriesInOrder() {
        List<Rule> rules = List.of(
                rule("탈북 OR defector", RuleAction.CATEGORY, "North Korean refugee", null),
                rule("missile", RuleAction.CATEGORY, "Military", null),
                rule("정착", RuleAction.CATEGORY, "Resettlement", null),
                rule("탈북", RuleAction.FLAG, "", null));

        assertThat(RULES.categories(rules, KOREAN)).containsExactly("North Korean refugee", "Resettlement");
        assertThat(RULES.categories(rules, MISSILE)).containsExactly("Military");
    }

    @Test
    void rulesThatCannotMatchAreRefusedWithReasons() {
        assertThat(RULES.check("  ", RuleAction.FLAG, "").at("query")).isNotBlank();
        assertThat(RULES.check("the OR and", RuleAction.FLAG, "").at("query")).isNotBlank();
        assertThat(RULES.check("-football", RuleAction.FLAG, "").at("query")).isNotBlank();
        assertThat(RULES.check("refugee", RuleAction.CATEGORY, " ").at("target")).isNotBlank();
        assertThat(RULES.check("refugee", null, "").at("action")).isNotBlank();
        assertThat(RULES.check("refugee OR 탈북", RuleAction.CATEGORY, "North Korean refugee").isEmpty()).isTrue();
    }

    @Test
    void tagsMentionedAreFoundAsPhrases() {
        assertThat(RULES.mentioned(DEFECTORS, List.of("Seoul", "North Koreans", "Pyongyang", "탈북민")))
                .containsExactly("Seoul", "North Koreans");
        assertThat(RULES.mentioned(KOREAN, List.of("탈북민", "통일부", "Seoul"))).containsExactly("탈북민", "통일부");
    }
}
