package org.tidings.content;

/** What a logged change touched, beyond the posts it names: followers pick the kinds they care for. */
public enum ChangeKind {
    POSTS, TERMS, REDIRECTS, SETTINGS, ACCOUNTS, PAGES, MEDIA,
    /** Followed feeds, inbox items and stories: seen only in the admin. */
    CURATION,
    /** Stories an editor split or merged: every node's story grouping takes them as the editor made them. */
    STORIES;

    /** Whether public pages may show something else after a change of this kind. */
    public boolean isPublic() {
        return this != ACCOUNTS && this != CURATION && this != STORIES;
    }
}
