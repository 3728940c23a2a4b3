package org.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidings.testing.SampleContent.day;
import static org.tidings.testing.SampleContent.publish;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.Tidings;
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
            database.write(changes -> stores.importedItems().put(new ImportedItem("http://old.example", "post", "12",
                    post, "/2008/09/hello-world/", null)));
        }
        try (RunningSite site = RunningSite.over(data)) {
            Run added = run("redirect", "add", "/old/", "/about/", "--data", data.toString());
            assertThat(added.code()).as(added.err()).isZero();
            assertThat(added.out()).contains("/old/ -> /about/");
            var answer = site.get("/old/");
            assertThat(answer.statusCode()).isEqualTo(301);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/about/");

            Run listed = run("redirect", "list", "--data", data.toString());
            assertThat(listed.out()).contains("/old/ -> /about/\n",
                    "/2008/09/hello-world/ -> /2024/03/05/hello-world/",
                    "/?p=12 -> /2024/03/05/hello-world/");

            assertThat(run("redirect", "remove", "/old/", "--data", data.toString()).code()).isZero();
            assertThat(site.get("/old/").statusCode()).isEqualTo(404);
            Run again = run("redirect", "remove", "/old/", "--data", data.toString());
            assertThat(again.code()).isEqualTo(1);
            assertThat(again.err()).contains("no redirect from /old/");
            assertThat(run("redirect", "list", "--data", data.toString()).out()).doesNotContain("/old/ ->");
        }
    }

    @Test
    void aRedirectToAnotherHostIsRefusedAndNothingIsStored() {
        Run refused = run("redirect", "add", "/old/", "https://elsewhere.example/", "--data", data.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("must be a path on this site");
        assertThat(run("redirect", "list", "--data", data.toString()).out()).isEmpty();
        assertThat(run("redirect", "add", "/only-one/", "--data", data.toString()).code()).isEqualTo(2);
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = Tidings.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(TestStore.command(args));
        return new Run(code, out.toString(), err.toString());
    }
}
