package org.tidings.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Our JSON writer, read back by an independent parser (Selenium's), as JSON Feed and JSON-LD readers would. */
class JsonTest {

    private static Object readBack(String json) {
        return new org.openqa.selenium.json.Json().toType(json, Object.class);
    }

    @Test
    void everyKindOfTextSurvivesTheRoundTrip() {
        String text = "quote \" backslash \\ slash / tab \t newline \n return \r nul \u0000 bell \u0007 "
                + "line sep \u2028 para sep \u2029 한국어 emoji \uD83D\uDCF0 <b>&amp;</b>";
        assertThat(readBack(Json.write(Map.of("text", text)))).isEqualTo(Map.of("text", text));
    }

    @Test
    void nothingInTheOutputCanEndAnHtmlScriptElement() {
        String json = Json.write(List.of("</script><script>alert(1)</script>", "<!--", "]]>"));
        assertThat(json).doesNotContain("<", ">", "&");
        assertThat(readBack(json)).isEqualTo(List.of("</script><script>alert(1)</script>", "<!--", "]]>"));
    }

    @Test
    void writesNestedObjectsInOrderAndLeavesOutNullMembers() {
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("missing", null);
        feed.put("items", List.of(Map.of("id", "1"), Map.of("id", "2")));
        feed.put("count", 2);
        feed.put("big", 9_007_199_254_740_993L);
        feed.put("expired", false);
        assertThat(Json.write(feed)).isEqualTo("{\"version\":\"https://jsonfeed.org/version/1.1\","
                + "\"items\":[{\"id\":\"1\"},{\"id\":\"2\"}],\"count\":2,\"big\":9007199254740993,\"expired\":false}");
    }

    @Test
    void aLoneSurrogateIsWrittenAsAnEscapeNotAsBrokenUtf8() {
        assertThat(Json.write("a\uD800b")).isEqualTo("\"a\\ud800b\"");
        assertThat(Json.write("\uDC00")).isEqualTo("\"\\udc00\"");
    }

    @Test
    void refusesValuesItHasNoFormFor() {
        assertThatThrownBy(() -> Json.write(Map.of("when", java.time.Instant.EPOCH)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.time.Instant");
    }
}
