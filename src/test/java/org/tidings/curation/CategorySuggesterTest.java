package org.tidings.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What an editor sees of suggestions: explained, silent when unsure, following the site's posts. */
class CategorySuggesterTest {
    private static final TextFeatures FEATURES = new TextFeatures();

    private static final List<SuggestExample> POSTS = List.of(
            post("Defectors reach Seoul after years in hiding", "Three North Korean refugees who fled across the river "
                    + "arrived in Seoul, where they will live in a resettlement centre.", "North Korean refugee"),
            post("China repatriates North Korean refugees", "Rights groups said dozens of defectors caught by Chinese "
                    + "police were sent back across the border.", "North Korean refugee"),
            post("Refugee family resettles in the South", "A family of defectors who escaped through China now "
                    + "receives help from a resettlement agency.", "North Korean refugee"),
            post("Pyongyang tests another ballistic missile", "The missile launched from the east coast flew 600 km, "
                    + "the military said, the third launch this month.", "Military"),
            post("Joint drills resume near the border", "Troops and warships of the South and the United States began "
                    + "military exercises; Pyongyang called the drills a rehearsal for war.", "Military"),
            post("Rice prices soar in North Korean markets", "Traders said the price of rice in Pyongyang markets rose "
                    + "by half as the harvest failed.", "Economy"),
            post("Sanctions squeeze trade with China", "Exports of coal fell as customs officials enforced sanctions; "
                    + "markets near the border traded less.", "Economy"));

    private static SuggestExample post(String title, String text, String category) {
        return new SuggestExample(title, text, "en", Set.of(category));
    }

    @Test
    void suggestsTheCategoryOfSimilarPostsWithTheWordsThatDroveIt() {
        CategorySuggester suggester = new CategorySuggester(FEATURES);
        suggester.train(POSTS);

        List<Suggestion> suggestions = suggester.suggest("Defectors tell of escape through China",
                "The refugees said they crossed the border at night before reaching a resettlement centre.", "en");

        assertThat(suggestions).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        assertThat(suggestions.get(0).category()).isEqualTo("North Korean refugee");
        assertThat(suggestions.get(0).score()).isGreaterThan(0.5);
        assertThat(suggestions.get(0).drivingWords()).contains("refugees", "defectors").doesNotContain("the");
        assertThat(suggestions).extracting(Suggestion::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void saysNothingWhenUnsure() {
        CategorySuggester suggester = new CategorySuggester(FEATURES);
        assertThat(suggester.suggest("Defectors reach Seoul", "", "en")).as("nothing learned yet").isEmpty();

        suggester.train(POSTS);
        assertThat(suggester.suggest("Weather", "Sunny spells with light breeze", "en"))
                .as("no word the site ever used").isEmpty();
    }

    @Test
    void followsNewPostsAndForgetsRemovedOnes() {
        CategorySuggester suggester = new CategorySuggester(FEATURES);
        suggester.train(POSTS);
        String title = "Hackers target defector groups with phishing mail";
        String text = "The hackers sent malware disguised as a refugee survey; security researchers traced the phishing.";
        assertThat(suggester.suggest(title, text, "en")).extracting(Suggestion::category).doesNotContain("Cyber");

        List<SuggestExample> cyber = List.of(
                post("State hackers phish journalists", "Security researchers found malware in phishing mail.", "Cyber"),
                post("Hackers steal agency database", "The hackers used phishing and malware to steal records.", "Cyber"));
        cyber.forEach(suggester::learn);
        List<Suggestion> suggestions = suggester.suggest(title, text, "en");
        assertThat(suggestions.get(0).category()).isEqualTo("Cyber");
        assertThat(suggestions.get(0).drivingWords()).contains("hackers", "phishing");

        cyber.forEach(suggester::forget);
        assertThat(suggester.suggest(title, text, "en")).extracting(Suggestion::category).doesNotContain("Cyber");
    }

    @Test
    void learnsKoreanPostsThroughMorphemes() {
        CategorySuggester suggester = new CategorySuggester(FEATURES);
        suggester.train(List.of(
                new SuggestExample("탈북민 3명 한국 입국", "중국을 거쳐 탈북한 주민들이 하나원에 입소했다.", null, Set.of("탈북민")),
                new SuggestExample("중국, 탈북민 강제북송", "중국 공안에 붙잡힌 탈북민들이 북한으로 송환됐다.", null, Set.of("탈북민")),
                new SuggestExample("북한, 탄도미사일 발사", "북한이 동해상으로 탄도미사일을 발사했다고 합참이 밝혔다.", null, Set.of("군사")),
                new SuggestExample("한미 연합훈련 시작", "한미 군 당국이 연합훈련을 시작하자 북한이 반발했다.", null, Set.of("군사"))));

        List<Suggestion> suggestions = suggester.suggest("탈북민들, 중국 거쳐 입국", "탈북민 가족이 하나원에서 교육을 받는다.", null);

        assertThat(suggestions.get(0).category()).isEqualTo("탈북민");
        assertThat(suggestions.get(0).drivingWords()).as("Nori morphemes of 탈북민 and 입국").contains("민", "입국");
    }
}
