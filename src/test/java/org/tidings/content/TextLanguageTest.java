package org.tidings.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A post's language is guessed from its script when the writer did not choose one. */
class TextLanguageTest {
    @Test
    void koreanTextWithLatinNamesInItIsKorean() {
        assertThat(TextLanguage.ofPost("탈북민 지원 센터, Reuters 보도",
                "<p>UN 관계자는 <b>NGO</b> 세 곳이 서울에서 탈북민을 돕는다고 말했다.</p>")).isEqualTo("ko");
    }

    @Test
    void englishTextWithAKoreanNameInItIsEnglish() {
        assertThat(TextLanguage.ofPost("Defectors meet in Seoul",
                "<p>The group, known as 새터민 in Korean, met on Tuesday to plan the winter.</p>")).isEqualTo("en");
    }

    @Test
    void textWithoutLettersHasNoLanguage() {
        assertThat(TextLanguage.detect("2026 — 12:00")).isNull();
    }
}
