package org.tidings.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.UnhandledAlertException;
import org.tidings.testing.Browser;
import org.tidings.testing.TestDatabase;
import org.tidings.testing.XssPayloads;

/**
 * Loads payloads, raw and as stored after sanitizing, in headless Chromium, each in its own
 * frame where alert, prompt, confirm and print report to the page instead of running. The
 * raw payloads show that the harness sees script run; the stored ones must run none. The
 * harness has no Content-Security-Policy, so only the sanitizer stands in the way.
 */
class SanitizedPayloadsInChromiumTest {
    private static final int SAMPLE_EVERY = 10;
    private static final int FRAMES_PER_PAGE = 100;
    private static final long DIALOG = -2;
    private static final String TRAP = "['alert','prompt','confirm','print'].forEach(function(n){window[n]="
            + "function(){parent.hit(%d)}});";

    /**
     * After load, every element of every frame receives each event a payload listens for (clicks
     * on links excepted, which would leave the page), so that payloads waiting for a mouse or a
     * key run too; error events of broken images fire on their own. The page settles a moment later.
     */
    private static final String PROVOKE = "addEventListener('load',function(){document.querySelectorAll('iframe')"
            + ".forEach(function(f){try{f.contentDocument.querySelectorAll('*').forEach(function(el){"
            + "TYPES.forEach(function(t){if(t==='click'&&el.closest('a,area'))return;"
            + "try{el.dispatchEvent(new Event(t))}catch(e){}})})}catch(e){}});"
            + "setTimeout(function(){window.settled=true},300)});";
    private static final Pattern HANDLER = Pattern.compile("(?i)\\bon([a-z]+)\\s*=");

    @Test
    void noStoredPayloadRunsScriptWhereTheRawOnesDo() throws IOException {
        List<String> sample = new ArrayList<>();
        List<String> payloads = XssPayloads.all();
        for (int i = 0; i < payloads.size(); i += SAMPLE_EVERY) {
            sample.add(payloads.get(i));
        }
        List<String> stored = store(sample);
        String provoke = PROVOKE.replace("TYPES", eventTypes(payloads));
        Path folder = Files.createTempDirectory("tidings-xss");
        try (Browser browser = Browser.start()) {
            List<Long> rawHits = hits(browser, folder, provoke, "raw", sample);
            List<Long> storedHits = hits(browser, folder, provoke, "stored", stored);
            System.out.printf("of %d sampled payloads, %d ran script raw and %d as stored%n", sample.size(),
                    rawHits.size(), storedHits.size());
            assertThat(rawHits).as("raw payloads that ran script").hasSizeGreaterThan(sample.size() / 2);
            assertThat(storedHits).as("stored payloads that ran script").isEmpty();
        }
    }

    /** Saves every payload as the HTML body of a post and reads back what was stored. */
    private static List<String> store(List<String> payloads) {
        try (TestDatabase db = TestDatabase.create()) {
            List<String> stored = new ArrayList<>();
            for (String payload : payloads) {
                long id = db.content().create(new PostInput("Payload", "", HtmlSanitizer.sanitize(payload), null, "",
                        null, "", "", "", List.of(), List.of(), null), Actor.COMMAND_LINE);
                stored.add(db.stores().posts().byId(id).orElseThrow().bodyHtml());
            }
            return stored;
        }
    }

    /** The indexes of the fragments whose frame called a trapped function, page by page. */
    private static List<Long> hits(Browser browser, Path folder, String provoke, String name, List<String> fragments)
            throws IOException {
        List<Long> hits = new ArrayList<>();
        for (int start = 0; start < fragments.size(); start += FRAMES_PER_PAGE) {
            Path page = folder.resolve(name + "-" + start + ".html");
            Files.writeString(page, harness(provoke, fragments, start, Math.min(fragments.size(), start + FRAMES_PER_PAGE)));
            try {
                browser.driver().get(page.toUri().toString());
            } catch (UnhandledAlertException e) {
                hits.add(DIALOG);
            }
            hits.addAll(awaitSettled(browser));
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            for (Object hit : (List<?>) js.executeScript("return Array.from(new Set(window.hits))")) {
                hits.add(((Number) hit).longValue());
            }
        }
        return hits;
    }

    /**
     * Waits for the page to settle. A payload that escapes the trap (a frame navigated to a new
     * document) opens a real dialog, which Chromium dismisses and reports: each counts as a hit.
     */
    private static List<Long> awaitSettled(Browser browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        List<Long> dialogs = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (Boolean.TRUE.equals(js.executeScript("return window.settled === true"))) {
                    return dialogs;
                }
                Thread.sleep(50);
            } catch (UnhandledAlertException e) {
                dialogs.add(DIALOG);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the harness page did not settle within a minute");
    }

    /** The event names of every {@code onNAME=} handler in the payloads, as a JavaScript array. */
    private static String eventTypes(List<String> payloads) {
        Set<String> types = new TreeSet<>();
        for (String payload : payloads) {
            Matcher matcher = HANDLER.matcher(payload);
            while (matcher.find()) {
                types.add(matcher.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return types.stream().map(t -> "'" + t + "'").collect(Collectors.joining(",", "[", "]"));
    }

    private static String harness(String provoke, List<String> fragments, int from, int to) {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>xss</title>"
                + "<script>window.hits=[];function hit(i){window.hits.push(i)}" + TRAP.formatted(-1)
                        .replace("parent.hit", "hit") + provoke + "</script></head><body>");
        for (int i = from; i < to; i++) {
            String frame = "<script>" + TRAP.formatted(i) + "</script>" + fragments.get(i);
            html.append("<iframe srcdoc=\"").append(frame.replace("&", "&amp;").replace("\"", "&quot;"))
                    .append("\"></iframe>\n");
        }
        return html.append("</body></html>").toString();
    }
}
