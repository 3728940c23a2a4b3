package org.tidings.curation.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.curation.feed.ExpectedValues.Clause;
import org.tidings.curation.feed.ExpectedValues.Verdict;
import org.tidings.curation.feed.FeedCorpus.Expectation;

/** Every real and broken feed of the shared corpus, and feedparser's expectations for them. */
class FeedCorpusTest {
    /**
     * Where Tidings reads a feed differently from feedparser on purpose, or does not follow a
     * format; each is counted as not checked.
     */
    private static final Map<String, String> KNOWN_DIFFERENCES = Map.ofEntries(
            Map.entry("encoding/bozo_double-encoded-html.xml", "feedparser repairs UTF-8 read as Latin-1; we do not guess"),
            Map.entry("encoding/double-encoded-html.xml", "feedparser repairs UTF-8 read as Latin-1; we do not guess"),
            Map.entry("encoding/bozo_linenoise.xml", "expects one particular mojibake of bytes that are no text"),
            Map.entry("wellformed/atom10/entry_summary_base64.xml", "Atom 1.0 summaries are text; base64 is for content"),
            Map.entry("wellformed/cdf/channel_href_map_link.xml", "CDF (Microsoft, 1997) is not a feed format we follow"),
            Map.entry("wellformed/cdf/channel_href_map_links.xml", "CDF is not a feed format we follow"),
            Map.entry("wellformed/cdf/item_title.xml", "CDF is not a feed format we follow"),
            Map.entry("wellformed/base/cdf_item_abstract_xml_base.xml", "CDF is not a feed format we follow"),
            Map.entry("wellformed/rss/item_summary_and_description.xml", "<summary> is not an RSS element"),
            Map.entry("wellformed/namespace/rss2.0svgtitle.xml", "the sanitizer drops inline SVG, its title too"),
            Map.entry("wellformed/sanitize/entry_content_crazy.xml",
                    "our sanitizer drops script text and comments that feedparser keeps as text"),
            Map.entry("wellformed/sanitize/item_content_encoded_crazy.xml",
                    "our sanitizer drops script text and comments that feedparser keeps as text"),
            Map.entry("wellformed/sanitize/entry_content_iframe.xml",
                    "HTML parsers read an iframe's inside as raw text, dropped with the iframe"),
            Map.entry("wellformed/sanitize/entry_content_object.xml", "the space inside a dropped <object> goes too"),
            Map.entry("wellformed/sanitize/item_content_encoded_script_nested_cdata.xml",
                    "HTML parsing of a CDATA section in HTML differs"),
            Map.entry("wellformed/sanitize/xml_declaration_unexpected_character.xml",
                    "an HTML title '<!DOCTYPE ~' is a doctype to an HTML parser: no text"),
            Map.entry("wellformed/sanitize/xml_malicious_comment.xml",
                    "HTML parsers end that comment only at -->, so 'fe' is comment"));
    private static Map<String, Expectation> expectations;

    @BeforeAll
    static void corpus() {
        Assumptions.assumeTrue(Files.isDirectory(FeedCorpus.ROOT), FeedCorpus.ROOT + " is not beside the project");
        expectations = FeedCorpus.expectations().stream()
                .collect(Collectors.toMap(Expectation::file, Function.identity()));
    }

    @Test
    void everyFileParsesOrIsRefusedWithAMessageNamingIt() {
        List<String> unexpected = new ArrayList<>();
        int parsed = 0;
        List<String> refused = new ArrayList<>();
        for (Path file : FeedCorpus.files()) {
            String name = FeedCorpus.ROOT.relativize(file).toString();
            String contentType = FeedCorpus.contentType(expectations, name.replaceFirst("^feedparser/", ""));
            try {
                FeedParser.parse(name, FeedCorpus.read(file), contentType);
                parsed++;
            } catch (FeedParseException e) {
                refused.add(e.getMessage());
                if (!e.getMessage().contains(name)) {
                    unexpected.add(name + ": message does not name the feed: " + e.getMessage());
                }
            } catch (Throwable e) {
                unexpected.add(name + ": " + e);
            }
        }
        System.out.println("feeds parsed: " + parsed + ", refused with a message: " + refused.size());
        refused.forEach(System.out::println);
        assertThat(unexpected).isEmpty();
        assertThat(parsed).isGreaterThan(250);
    }

    @Test
    void aFeedCutShortIsMendedOrRefusedNeverThrown() {
        List<String> unexpected = new ArrayList<>();
        List<Path> files = FeedCorpus.files();
        for (int i = 0; i < files.size(); i += 4) { // a quarter of them, for time
            byte[] bytes = FeedCorpus.read(files.get(i));
            byte[] half = java.util.Arrays.copyOf(bytes, bytes.length / 2);
            try {
                FeedParser.parse("cut-" + i, half, null);
            } catch (FeedParseException e) {
                assertThat(e.getMessage()).contains("cut-" + i);
            } catch (Throwable e) {
                unexpected.add(files.get(i) + " cut in half: " + e);
            }
        }
        assertThat(unexpected).isEmpty();
    }

    @Test
    void feedparsersExpectationsHoldWhereTidingsModelHasTheField() {
        int passedFiles = 0;
        int skippedFiles = 0;
        List<String> failures = new ArrayList<>();
        for (Expectation row : expectations.values().stream().sorted(
                java.util.Comparator.comparing(Expectation::file)).toList()) {
            String unsupported = KNOWN_DIFFERENCES.get(row.file());
            if (unsupported != null || row.headers().keySet().stream().anyMatch(h -> !h.equals("content-type"))) {
                skippedFiles++; // a known difference, or headers this harness does not send (Content-Location)
                continue;
            }
            ParsedFeed feed;
            try {
                feed = FeedParser.parse(row.url(), FeedCorpus.read(FeedCorpus.ROOT.resolve("feedparser/" + row.file())),
                        row.headers().get("content-type"));
            } catch (FeedParseException e) {
                boolean checked = ExpectedValues.check(row.expect(), new ParsedFeed(null, null, List.of(), null))
                        .stream().anyMatch(c -> c.verdict() != Verdict.NOT_CHECKED);
                if (checked) {
                    failures.add(row.file() + ": refused: " + e.getMessage());
                } else {
                    skippedFiles++;
                }
                continue;
            }
            List<Clause> clauses = ExpectedValues.check(row.expect(), feed);
            List<Clause> failed = clauses.stream().filter(c -> c.verdict() == Verdict.FAILED).toList();
            if (!failed.isEmpty()) {
                failed.forEach(c -> failures.add(row.file() + ": " + c.text() + " -- " + c.detail()));
            } else if (clauses.stream().anyMatch(c -> c.verdict() == Verdict.PASSED)) {
                passedFiles++;
            } else {
                skippedFiles++;
            }
        }
        System.out.println("known differences: " + KNOWN_DIFFERENCES);
        System.out.println("expectations: " + passedFiles + " files passed, " + failures.size() + " failed, "
                + skippedFiles + " not checked (no field of Tidings' model)");
        failures.forEach(System.out::println);
        assertThat(failures).isEmpty();
    }
}
