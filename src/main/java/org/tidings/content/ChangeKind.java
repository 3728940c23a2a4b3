package org.tidings.content;

/** What a logged change touched, beyond the posts it names: followers pick the kinds they care for. */
public enum ChangeKind {
    POSTS, TERMS, REDIRECTS, SETTINGS, ACCOUNTS, PAGES, MEDIA;

    /** Whether public pages may show something else after a change of this kind. */
    public boolean isPublic() {
        return this != ACCOUNTS;
    }
}
