package org.tidings.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every word a template asks for exists in every language, so no reader ever sees a key or English by mistake. */
class MessagesTest {
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Pattern OTHER_BUNDLE = Pattern.compile("messages_([a-z]{2,3})\\.properties");
    private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("\\bt\\(\"([a-zA-Z0-9_.-]+)\"");

    @Test
    void everyBundleIsALanguageWithTheSameKeys() throws IOException {
        Set<String> english = keys("messages.properties");
        List<String> tags = new ArrayList<>(List.of(Language.ENGLISH.tag()));
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path file : files.sorted().toList()) {
                Matcher bundle = OTHER_BUNDLE.matcher(file.getFileName().toString());
                if (bundle.matches()) {
                    tags.add(bundle.group(1));
                    assertThat(keys(file.getFileName().toString())).as("keys of " + file.getFileName())
                            .containsExactlyInAnyOrderElementsOf(english);
                }
            }
        }
        assertThat(Arrays.stream(Language.values()).map(Language::tag)).as("languages found on the class path")
                .containsExactlyElementsOf(tags);
    }

    @Test
    void everyKeyTheTemplatesUseExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/jte"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jte")).toList()) {
                Matcher matcher = KEY_IN_TEMPLATE.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(keys("messages.properties")).containsAll(used);
    }

    @Test
    void koreanWordsAreKoreanAndArgumentsAreFilledIn() {
        assertThat(Messages.text(Language.KOREAN, "site.search.button")).isEqualTo("검색");
        assertThat(Messages.in(Language.KOREAN, () -> Messages.t("site.search.button"))).isEqualTo("검색");
        assertThat(Messages.t("site.search.button")).isEqualTo("Search");
        assertThatThrownBy(() -> Messages.t("no.such.key")).hasMessageContaining("no.such.key");
    }

    @Test
    void languagesAreFoundByTheirTags() {
        assertThat(Language.ofTag("ko-KR")).contains(Language.KOREAN);
        assertThat(Language.ofTag("en_GB")).contains(Language.ENGLISH);
        assertThat(Language.ofTag("fr")).isEmpty();
        assertThat(Language.ofTag("ko")).containsSame(Language.KOREAN);
    }

    @Test
    void eachLanguageIsNamedInItselfByItsBundle() {
        assertThat(Language.ENGLISH.nativeName()).isEqualTo("English");
        assertThat(Language.KOREAN.nativeName()).isEqualTo("한국어");
    }

    private static Set<String> keys(String bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
