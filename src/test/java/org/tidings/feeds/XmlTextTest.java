package org.tidings.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTest {
    @Test
    void dropsWhatXmlCannotCarryAndKeepsEverythingElse() {
        assertThat(XmlText.clean("a\u0000b\u0001c\u000Bd\uFFFEe\uD800f")).isEqualTo("abcdef");
        assertThat(XmlText.clean("tab\there\nline\r 한국어 \uD83D\uDCF0")).isEqualTo("tab\there\nline\r 한국어 \uD83D\uDCF0");
        assertThat(XmlText.clean(null)).isNull();
    }
}
