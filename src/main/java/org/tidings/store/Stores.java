package org.tidings.store;

/** Every store over one database, built together. */
public record Stores(
        Database database,
        PostStore posts,
        AuthorStore authors,
        CategoryStore categories,
        TagStore tags,
        SourceStore sources,
        RedirectStore redirects,
        SettingStore settings,
        UserStore users,
        SessionStore sessions,
        RecoveryCodeStore recoveryCodes,
        LoginFailureStore loginFailures,
        AuditStore audit,
        SitemapStore sitemap,
        EditorStore editor,
        RevisionStore revisions,
        TermStore terms,
        AdminPostStore adminPosts,
        PageStore pages,
        ImportStore imports,
        MediaStore media,
        OldAddressStore oldAddresses,
        MenuStore menu,
        NavigationStore navigation,
        FeedStore feeds,
        FeedItemStore feedItems,
        RuleStore rules) {

    public static Stores over(Database database) {
        return new Stores(database, new PostStore(database), new AuthorStore(database), new CategoryStore(database),
                new TagStore(database), new SourceStore(database), new RedirectStore(database),
                new SettingStore(database), new UserStore(database), new SessionStore(database),
                new RecoveryCodeStore(database), new LoginFailureStore(database), new AuditStore(database),
                new SitemapStore(database), new EditorStore(database), new RevisionStore(database),
                new TermStore(database), new AdminPostStore(database), new PageStore(database),
                new ImportStore(database), new MediaStore(database),
                new OldAddressStore(database), new MenuStore(database), new NavigationStore(database),
                new FeedStore(database), new FeedItemStore(database),
                new RuleStore(database));
    }
}
