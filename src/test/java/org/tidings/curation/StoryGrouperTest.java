package org.tidings.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** What an editor sees of stories: reports of one event together, with the reason, and corrections. */
class StoryGrouperTest {
    private static final TextFeatures FEATURES = new TextFeatures();
    private static final Instant MORNING = Instant.parse("2026-03-02T08:00:00Z");

    private static StoryItem item(String id, String outlet, String title, String text, Duration after) {
        return new StoryItem(id, outlet, title, text, MORNING.plus(after), null);
    }

    /** Three events in English: two reports of a repatriation, two of a missile launch, one of a market. */
    private static StoryGrouper englishMorning() {
        StoryGrouper grouper = new StoryGrouper(FEATURES);
        grouper.assign(item("reuters-1", "Reuters", "China sends 60 North Korean defectors back across the Yalu",
                "Chinese police repatriated about 60 North Korean defectors from detention centres in Dandong on "
                        + "Tuesday, rights groups said, despite appeals from Seoul.", Duration.ZERO));
        grouper.assign(item("kcna-1", "KCNA", "Pyongyang launches Hwasong missile into the East Sea",
                "North Korea fired a Hwasong intercontinental ballistic missile from Sunan on Tuesday; it flew "
                        + "for 70 minutes before falling into the sea.", Duration.ofMinutes(20)));
        grouper.assign(item("market-1", "Daily NK", "Rice price doubles at Hyesan market",
                "Traders in Hyesan say a kilogram of rice now costs twice what it did in spring, as the harvest "
                        + "failed and border trade stalled.", Duration.ofMinutes(30)));
        return grouper;
    }

    @Test
    void reportsOfOneEventFromDifferentOutletsFormOneStoryWithTheReason() {
        StoryGrouper grouper = englishMorning();

        StoryAssignment yonhap = grouper.assign(item("yonhap-1", "Yonhap",
                "Seoul protests as Dandong police repatriate 60 defectors",
                "South Korea protested after Chinese authorities in Dandong sent some 60 North Korean defectors "
                        + "back across the Yalu river on Tuesday.", Duration.ofHours(2)));
        StoryAssignment nkNews = grouper.assign(item("nknews-1", "NK News", "Hwasong missile flew 70 minutes, Seoul says",
                "The Hwasong missile North Korea fired from Sunan flew for about 70 minutes, South Korea's military "
                        + "said on Tuesday.", Duration.ofHours(3)));

        assertThat(yonhap.newStory()).isFalse();
        assertThat(yonhap.story()).isEqualTo(grouper.storyOf("reuters-1").getAsLong());
        assertThat(yonhap.reason().matchedItem()).isEqualTo("reuters-1");
        assertThat(yonhap.reason().score()).isGreaterThanOrEqualTo(StoryGrouper.DEFAULT_THRESHOLD);
        assertThat(yonhap.reason().sharedTerms()).extracting(StoryTerm::word).contains("dandong", "yalu");
        assertThat(nkNews.story()).isEqualTo(grouper.storyOf("kcna-1").getAsLong()).isNotEqualTo(yonhap.story());
        assertThat(grouper.itemsOf(yonhap.story())).containsExactly("reuters-1", "yonhap-1");
        assertThat(grouper.storyOf("market-1")).isNotEqualTo(grouper.storyOf("reuters-1"));
    }

    @Test
    void koreanReportsOfOneEventGroupAndUnrelatedOnesDoNot() {
        StoryGrouper grouper = new StoryGrouper(FEATURES);
        long launch = grouper.assign(item("yonhap-ko", "연합뉴스", "북한, 동해상으로 탄도미사일 발사…합참 \"비행거리 약 600km\"",
                "합동참모본부는 북한이 평안북도 동창리 일대에서 동해상으로 단거리 탄도미사일 2발을 발사했다고 밝혔다.",
                Duration.ZERO)).story();
        long flood = grouper.assign(item("kbs-ko", "KBS", "집중호우로 경기북부 하천 범람…주민 300여명 대피",
                "밤사이 쏟아진 폭우로 경기 북부 지역 하천이 범람해 파주와 연천 주민 300여명이 대피했다.",
                Duration.ofMinutes(10))).story();

        StoryAssignment sameLaunch = grouper.assign(item("dailynk-ko", "데일리NK", "北, 동창리서 탄도미사일 2발 발사",
                "북한이 동창리에서 탄도미사일 2발을 동해상으로 쐈으며 비행거리는 약 600km라고 합참이 전했다.",
                Duration.ofHours(1)));
        StoryAssignment unrelated = grouper.assign(item("sports-ko", "스포츠서울", "손흥민, 시즌 10호골…토트넘 역전승 견인",
                "손흥민이 리그 경기에서 시즌 10호골을 터뜨리며 토트넘의 역전승을 이끌었다.", Duration.ofHours(2)));

        assertThat(sameLaunch.story()).isEqualTo(launch);
        assertThat(sameLaunch.reason().sharedTerms()).extracting(StoryTerm::word).contains("탄도", "동창", "600");
        assertThat(unrelated.newStory()).isTrue();
        assertThat(unrelated.story()).isNotIn(launch, flood);
    }

    @Test
    void anItemOutsideTheTimeWindowStartsAStory() {
        StoryGrouper grouper = englishMorning();

        StoryAssignment later = grouper.assign(item("reuters-2", "Reuters",
                "China sends 60 North Korean defectors back across the Yalu",
                "Chinese police repatriated about 60 North Korean defectors from detention centres in Dandong, "
                        + "rights groups said.", StoryGrouper.DEFAULT_WINDOW.plusDays(1)));

        assertThat(later.newStory()).isTrue();
        assertThat(grouper.storyOf("reuters-1")).as("forgotten: older than the window behind the newest").isEmpty();
    }

    @Test
    void theSameItemAgainChangesNothing() {
        StoryGrouper grouper = englishMorning();
        long story = grouper.storyOf("kcna-1").getAsLong();

        StoryAssignment again = grouper.assign(item("kcna-1", "KCNA", "Something else entirely", "", Duration.ofHours(1)));

        assertThat(again.story()).isEqualTo(story);
        assertThat(grouper.itemsOf(story)).containsExactly("kcna-1");
    }

    @Test
    void editorsSplitAndMergeStories() {
        StoryGrouper grouper = englishMorning();
        StoryAssignment yonhap = grouper.assign(item("yonhap-1", "Yonhap", "Seoul protests Dandong repatriation of 60 defectors",
                "Chinese police in Dandong sent 60 North Korean defectors back across the Yalu.", Duration.ofHours(2)));
        long repatriation = yonhap.story();

        long alone = grouper.split("yonhap-1");
        assertThat(alone).isNotEqualTo(repatriation);
        assertThat(grouper.itemsOf(repatriation)).containsExactly("reuters-1");
        assertThat(grouper.itemsOf(alone)).containsExactly("yonhap-1");

        long market = grouper.storyOf("market-1").getAsLong();
        grouper.merge(repatriation, market);
        assertThat(grouper.itemsOf(repatriation)).containsExactly("reuters-1", "market-1");
        assertThat(grouper.itemsOf(market)).isEmpty();
        StoryAssignment follower = grouper.assign(item("ap-1", "AP", "Hyesan rice price has doubled, traders say",
                "A kilogram of rice in Hyesan market costs twice as much as in spring, traders said.", Duration.ofHours(4)));
        assertThat(follower.story()).as("joins the merged story").isEqualTo(repatriation);

        assertThatThrownBy(() -> grouper.split("nobody")).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> grouper.merge(repatriation, 9999)).isInstanceOf(NoSuchElementException.class);
    }
}
