package org.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidings.testing.SampleContent.day;
import static org.tidings.testing.SampleContent.publish;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.content.ContentService;
import org.tidings.content.HtmlSanitizer;
import org.tidings.content.PageInput;
import org.tidings.store.Database;
import org.tidings.store.ImportedItem;
import org.tidings.store.Stores;
import org.tidings.testing.RunningSite;
import org.tidings.testing.TestStore;

/** {@code tidings redirect add|list|remove} against the data folder a running server serves. */
class RedirectCommandTest {
    @TempDir
    Path data;

    @Test
    void addedRedirectsAnswerAtOnceAndTheListShowsEveryOldAddressAnImportKnows() {
        try (Database database = TestStore.open(data)) {
            Stores stores = Stores.over(database);
            ContentService content = new ContentService(stores, Clock.systemUTC());
            long post = publish(content, "Hello world", day(2024, 3, 5), null, null, null, List.of(), List.of());
            content.pages().create(new PageInput("About", "about", HtmlSanitizer.sanitize("<p>Us.</p>"), null, true,
                    null, 0, true, null));
            content.imports().record(List.of(new ImportedItem("http://old.example", "post", "12", post,
                    "/2008/09/hello-world/", null)));
        }
        try (RunningSite site = RunningSite.over(data)) {
            CommandRun added = redirect("add", "/old/", "/about/");
            assertThat(added.exitCode()).as(added.err()).isZero();
            assertThat(added.out()).contains("/old/ -> /about/");
            var answer = site.get("/old/");
            assertThat(answer.statusCode()).isEqualTo(301);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/about/");

            CommandRun listed = redirect("list");
            assertThat(listed.out()).contains("/old/ -> /about/\n",
                    "/2008/09/hello-world/ -> /2024/03/05/hello-world/",
                    "/?p=12 -> /2024/03/05/hello-world/");

            assertThat(redirect("remove", "/old/").exitCode()).isZero();
            assertThat(site.get("/old/").statusCode()).isEqualTo(404);
            CommandRun again = redirect("remove", "/old/");
            assertThat(again.exitCode()).isEqualTo(1);
            assertThat(again.err()).contains("no redirect from /old/");
            assertThat(redirect("list").out()).doesNotContain("/old/ ->");
        }
    }

    @Test
    void aRedirectToAnotherHostIsRefusedAndNothingIsStored() {
        CommandRun refused = redirect("add", "/old/", "https://elsewhere.example/");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("must be a path on this site");
        assertThat(redirect("list").out()).isEmpty();
        assertThat(redirect("add", "/only-one/").exitCode()).isEqualTo(2);
    }

    /** Runs {@code tidings redirect ARGS... --data DIR} over this test's data folder. */
    private CommandRun redirect(String... args) {
        List<String> all = new ArrayList<>(List.of("redirect"));
        all.addAll(List.of(args));
        all.addAll(List.of("--data", data.toString()));
        return CommandRun.of(all.toArray(String[]::new));
    }
}
