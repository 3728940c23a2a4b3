package org.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.testing.AdminClient;
import org.tidings.testing.CommandRun;
import org.tidings.testing.RunningSite;

class UserCommandTest {
    @TempDir
    Path data;

    @Test
    void aNewAdminLogsInWithTheOneTimePasswordAndMustChooseItsOwn() {
        CommandRun added = run("", "user", "add", "Newsroom", "--role", "admin", "--data", data.toString());
        assertThat(added.code()).isZero();
        Matcher printed = Pattern.compile("One-time password for newsroom: (\\S+)").matcher(added.out());
        assertThat(printed.find()).as(added.out()).isTrue();

        try (RunningSite site = RunningSite.over(data)) {
            AdminClient client = new AdminClient(site);
            assertThat(client.logIn("newsroom", printed.group(1)).statusCode()).isEqualTo(303);
            var dashboard = client.get("/admin/");
            assertThat(dashboard.statusCode()).isEqualTo(303);
            assertThat(dashboard.headers().firstValue("Location")).hasValue("/admin/account/password/");
            var changed = client.submit("/admin/account/password/", java.util.Map.of("current", printed.group(1),
                    "password", "our own long passphrase", "confirm", "our own long passphrase"));
            assertThat(changed.statusCode()).isEqualTo(303);
            assertThat(client.get("/admin/").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void passwordStdinSetsThePasswordWithoutPrintingOne() {
        CommandRun added = run("a passphrase from stdin\n", "user", "add", "writer", "--role", "contributor",
                "--password-stdin", "--data", data.toString());
        assertThat(added.code()).isZero();
        assertThat(added.out()).contains("Created contributor writer.").doesNotContain("One-time password");
        CommandRun listed = run("", "user", "list", "--data", data.toString());
        assertThat(listed.out()).containsPattern("writer\\s+contributor\\s+off\\s+active\\s+never");
        try (RunningSite site = RunningSite.over(data)) {
            assertThat(new AdminClient(site).logIn("writer", "a passphrase from stdin").statusCode()).isEqualTo(303);
        }
    }

    @Test
    void disableAndResetPasswordTakeEffect() {
        run("first passphrase here\n", "user", "add", "ed", "--role", "editor", "--password-stdin", "--data",
                data.toString());
        CommandRun reset = run("", "user", "reset-password", "ed", "--data", data.toString());
        assertThat(reset.out()).contains("One-time password for ed:");
        assertThat(run("", "user", "disable", "ed", "--data", data.toString()).code()).isZero();
        assertThat(run("", "user", "list", "--data", data.toString()).out()).containsPattern("ed\\s+editor\\s+off\\s+disabled");
        try (RunningSite site = RunningSite.over(data)) {
            var answer = new AdminClient(site).logIn("ed", "first passphrase here");
            assertThat(Jsoup.parse(answer.body()).select(".error").text()).isEqualTo("Wrong username or password.");
        }
    }

    @Test
    void resetTwoFactorLetsALockedOutOwnerInWithThePasswordAlone() {
        run("the owner's passphrase\n", "user", "add", "owner", "--role", "admin", "--password-stdin", "--data",
                data.toString());
        try (RunningSite site = RunningSite.over(data)) {
            site.app().stores().users().setPendingTotp(site.app().stores().users().byUsername("owner").orElseThrow().id(),
                    "JBSWY3DPEHPK3PXP");
            site.app().stores().users().enableTotp(site.app().stores().users().byUsername("owner").orElseThrow().id(), 0);
            assertThat(new AdminClient(site).logIn("owner", "the owner's passphrase").headers()
                    .firstValue("Location").orElseThrow()).startsWith("/admin/login/two-factor/");
        }
        assertThat(run("", "user", "reset-two-factor", "owner", "--data", data.toString()).code()).isZero();
        assertThat(run("", "user", "list", "--data", data.toString()).out()).containsPattern("owner\\s+admin\\s+off");
        try (RunningSite site = RunningSite.over(data)) {
            assertThat(new AdminClient(site).logIn("owner", "the owner's passphrase").headers()
                    .firstValue("Location")).hasValue("/admin/");
        }
    }

    @Test
    void badInputGetsOneClearLine() {
        CommandRun badRole = run("", "user", "add", "x", "--role", "owner", "--data", data.toString());
        assertThat(badRole.code()).isEqualTo(1);
        assertThat(badRole.err()).contains("unknown role 'owner'");
        CommandRun badName = run("", "user", "add", "no spaces please", "--role", "editor", "--data", data.toString());
        assertThat(badName.err()).contains("A username has 1 to 64 letters");
        CommandRun shortPassword = run("short\n", "user", "add", "y", "--role", "editor", "--password-stdin", "--data",
                data.toString());
        assertThat(shortPassword.err()).contains("at least 12 characters");
        CommandRun twice = run("", "user", "add", "z", "--role", "editor", "--data", data.toString());
        assertThat(twice.code()).isZero();
        assertThat(run("", "user", "add", "Z", "--role", "editor", "--data", data.toString()).err())
                .contains("already an account named z");
        assertThat(run("", "user", "disable", "nobody", "--data", data.toString()).err())
                .contains("no account named nobody");
    }

    private static CommandRun run(String stdin, String... args) {
        return CommandRun.of(stdin, args);
    }
}
