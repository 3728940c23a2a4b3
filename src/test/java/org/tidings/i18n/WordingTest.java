package org.tidings.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a poll stores reads back the same, worded in each language; text stored before wordings shows as it is. */
class WordingTest {
    private static final Wording RAISED = Wording.of("curation.next.raised", Wording.of("curation.next.maxAge"), 5);
    private static final Wording FAILED = Wording.of("curation.feed.fetchFailed", "https://outlet.example/feed|x",
            Wording.of("curation.fetch.httpStatus", "503"));

    @Test
    void aStoredWordingReadsBackAndIsWordedInEachLanguage() {
        assertThat(Wording.fromStored(RAISED.stored())).isEqualTo(RAISED);
        assertThat(Wording.fromStored(FAILED.stored())).isEqualTo(FAILED);
        assertThat(RAISED.text(Language.ENGLISH)).isEqualTo("Cache-Control max-age (raised to the 5-minute minimum)");
        assertThat(RAISED.text(Language.KOREAN)).isEqualTo("서버가 알린 캐시 유효 시간(Cache-Control max-age), 최소 5분으로 늘림");
        assertThat(FAILED.text(Language.KOREAN))
                .isEqualTo("https://outlet.example/feed|x을(를) 가져오지 못했습니다: 서버가 HTTP 503 상태로 응답했습니다");
        assertThat(Messages.in(Language.KOREAN, () -> FAILED.text())).isEqualTo(FAILED.text(Language.KOREAN));
    }

    @Test
    void countsAreWordedAsEachLanguageCountsThem() {
        assertThat(Wording.of("curation.next.backOff", 1).text(Language.ENGLISH)).isEqualTo("back-off after 1 error");
        assertThat(Wording.of("curation.next.backOff", 3).text(Language.ENGLISH)).isEqualTo("back-off after 3 errors");
        assertThat(Wording.of("curation.next.backOff", 3).text(Language.KOREAN)).isEqualTo("연속 오류 3번으로 간격을 늘림");
    }

    @Test
    void textStoredBeforeOrNotOursIsShownAsItIs() {
        for (String old : new String[] {"Cache-Control max-age (raised to the 5-minute minimum)",
                "Could not fetch https://a.example/feed: the server answered HTTP 500", "[\"no.such.key\",1]",
                "[\"broken", "[]"}) {
            Wording read = Wording.fromStored(old);
            assertThat(read.text(Language.KOREAN)).isEqualTo(old);
            assertThat(read.stored()).isEqualTo(old);
        }
        assertThat(Wording.fromStored(null)).isNull();
    }
}
