package org.tidings.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tidings.testing.SampleContent.day;
import static org.tidings.testing.SampleContent.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.content.ContentService;
import org.tidings.content.PostDetails;
import org.tidings.content.PostStatus;
import org.tidings.content.Role;
import org.tidings.content.User;
import org.tidings.testing.TestDatabase;
import org.tidings.transfer.TextArchiveImporter;

/** The stores' SQL for listings, edits, imports, settings, accounts and the sitemap, on the test run's store. */
class StoreQueriesTest {
    private static TestDatabase database;
    private static ContentService content;

    @BeforeAll
    static void start() {
        database = TestDatabase.create();
        content = database.content();
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void listingsFilterByCategoryTreeTagAuthorOutletAndDate() {
        Stores stores = database.stores();
        content.terms().findOrCreateCategory("Asia", null, "");
        long child = content.terms().findOrCreateCategory("Korea", "Asia", "");
        publish(content, "Parent post", day(2021, 5, 1), "Ana", "Wire", null, List.of("Asia"), List.of("x"));
        publish(content, "Child post", day(2021, 6, 1), "Bo", "Wire", "https://wire.example/1", List.of("Korea"),
                List.of("x", "y"));
        long asia = stores.categories().bySlug("asia").orElseThrow().id();

        assertThat(titles(PostFilter.inCategories(stores.categories().withDescendants(asia))))
                .containsExactly("Child post", "Parent post");
        assertThat(titles(PostFilter.inCategories(List.of(child)))).containsExactly("Child post");
        assertThat(titles(PostFilter.tagged(stores.tags().bySlug("y").orElseThrow().id())))
                .containsExactly("Child post");
        assertThat(titles(PostFilter.byAuthor(stores.authors().bySlug("ana").orElseThrow().id())))
                .containsExactly("Parent post");
        assertThat(titles(PostFilter.fromSource(stores.sources().bySlug("wire").orElseThrow().id()))).hasSize(2);
        assertThat(titles(PostFilter.between(day(2021, 6, 1), day(2021, 7, 1)))).containsExactly("Child post");

        PostDetails details = stores.posts().newest(PostFilter.inCategories(List.of(child)), 10, 0).getFirst();
        assertThat(details.tags()).extracting(t -> t.name()).containsExactly("x", "y");
        assertThat(details.source().name()).isEqualTo("Wire");
    }

    @Test
    void editsStatusChangesAndDeletesWork() {
        long id = publish(content, "To be changed", day(2022, 1, 1), null, null, null, List.of(), List.of());
        var post = database.stores().posts().byId(id).orElseThrow();
        assertThat(post.status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(post.publishedAt()).isEqualTo(day(2022, 1, 1));
        content.unpublish(id);
        assertThat(database.stores().posts().byId(id).orElseThrow().status()).isEqualTo(PostStatus.DRAFT);
        content.publish(id);
        assertThat(database.stores().posts().byId(id).orElseThrow().publishedAt()).isEqualTo(day(2022, 1, 1));
        content.delete(id);
        assertThat(database.stores().posts().byId(id)).isEmpty();
    }

    @Test
    void theTextImporterImportsEachPostOnce() {
        Path fixture = Path.of("../shared/fixtures/archive-category-north-korean-refugee.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(fixture), "../shared is not beside the project");
        var importer = new TextArchiveImporter(content, ZoneOffset.UTC);
        assertThat(importer.importFile(fixture, null, line -> { }).imported()).hasSize(10);
        assertThat(importer.importFile(fixture, null, line -> { }).imported()).isEmpty();
        long category = database.stores().categories().bySlug("north-korean-refugee").orElseThrow().id();
        assertThat(database.stores().posts().countPublished(PostFilter.inCategories(List.of(category)))).isEqualTo(10);
    }

    @Test
    void settingsAndRedirectsRoundTrip() {
        content.saveSettings(java.util.Map.of("site.title", "One"));
        content.saveSettings(java.util.Map.of("site.title", "Two"));
        assertThat(database.stores().settings().value("site.title")).contains("Two");
        database.stores().database().write(changes -> {
            assertThat(database.stores().settings().valueOrCreate("test.key", () -> "first")).isEqualTo("first");
            assertThat(database.stores().settings().valueOrCreate("test.key", () -> "second")).isEqualTo("first");
            database.stores().redirects().add("/old/", "/middle/");
            database.stores().redirects().add("/middle/", "/new/");
            changes.touched(org.tidings.content.ChangeKind.REDIRECTS);
        });
        assertThat(database.stores().redirects().list(0, 10))
                .containsExactly(new RedirectStore.Redirect("/middle/", "/new/"), new RedirectStore.Redirect("/old/", "/new/"));
    }

    @Test
    void accountsSessionsThrottlingAndTheAuditLogWork() {
        Stores stores = database.stores();
        Instant now = Instant.parse("2024-01-01T00:00:00Z");
        long id = stores.users().create("pg-user", "hash", Role.EDITOR, true, now);
        stores.users().setDisabled(id, true);
        stores.users().setPendingTotp(id, "SECRET");
        stores.users().enableTotp(id, 5);
        assertThat(stores.users().useTotpStep(id, 5)).isFalse();
        assertThat(stores.users().useTotpStep(id, 6)).isTrue();
        User user = stores.users().byUsername("pg-user").orElseThrow();
        assertThat(user.disabled()).isTrue();
        assertThat(user.totpEnabled()).isTrue();
        assertThat(user.role()).isEqualTo(Role.EDITOR);

        stores.sessions().create(new StoredSession("h", id, "full", "csrf", null, now, now));
        assertThat(stores.sessions().byTokenHash("h")).isPresent();
        assertThat(stores.sessions().deleteExpired(now.plusSeconds(1), now)).isEqualTo(1);

        stores.recoveryCodes().replace(id, List.of("a", "b"));
        assertThat(stores.recoveryCodes().use(id, "a", now)).isTrue();
        assertThat(stores.recoveryCodes().use(id, "a", now)).isFalse();
        assertThat(stores.recoveryCodes().unused(id)).isEqualTo(1);

        stores.loginFailures().put(new LoginFailures("user:x", 3, now, null));
        assertThat(stores.loginFailures().byKey("user:x").orElseThrow().failures()).isEqualTo(3);

        stores.audit().append(new AuditEntry(now, "login", id, "pg-user", "pg-user", "127.0.0.1"));
        stores.audit().append(new AuditEntry(now, "login.failed", null, "nobody", "nobody", "127.0.0.1"));
        assertThat(stores.audit().newest("login", "pg-user", now, 10)).hasSize(1);
        assertThat(stores.audit().newest(null, null, null, 10)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theSitemapQueriesStampEveryArchive() {
        Stores stores = database.stores();
        content.terms().findOrCreateCategory("Maps", null, "");
        content.terms().findOrCreateCategory("Sea charts", "Maps", "");
        long id = publish(content, "Charted", day(2023, 3, 1), "Cartographer", "Chart Wire", null,
                List.of("Sea charts"), List.of("charts"));
        SitemapStore sitemap = stores.sitemap();
        var changed = database.stores().posts().byId(id).orElseThrow().updatedAt();
        assertThat(sitemap.categories()).contains(new SitemapStore.ArchiveStamp("maps", changed),
                new SitemapStore.ArchiveStamp("sea-charts", changed));
        assertThat(sitemap.tags()).contains(new SitemapStore.ArchiveStamp("charts", changed));
        assertThat(sitemap.authors()).contains(new SitemapStore.ArchiveStamp("cartographer", changed));
        assertThat(sitemap.sources()).contains(new SitemapStore.ArchiveStamp("chart-wire", changed));
        List<SitemapStore.PostStamp> stamps = new java.util.ArrayList<>();
        sitemap.publishedPosts(10_000, 0, stamps::add);
        assertThat(stamps).hasSize(stores.posts().countPublished(PostFilter.all()))
                .anySatisfy(stamp -> assertThat(stamp.id()).isEqualTo(id));
        assertThat(sitemap.latestChange()).isPresent();
    }

    private static List<String> titles(PostFilter filter) {
        return database.stores().posts().newest(filter, 50, 0).stream().map(d -> d.post().title()).toList();
    }
}
