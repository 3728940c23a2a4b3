package org.tidings.curation;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.tidings.content.Category;
import org.tidings.content.PostDetails;
import org.tidings.store.PostStore;
import org.tidings.store.PublishedState;

/**
 * A {@link CategorySuggester} trained on the site's published, categorised posts: once, for a
 * command ({@link #trained}), or following the site in the server: when the published posts changed
 * since the model was trained (their count or latest change), it learns them again before suggesting.
 * Thread-safe.
 */
public final class SiteSuggestions {
    private static final int BATCH = 500;
    /** Enough of a post to know its subject; long bodies only cost time. */
    private static final int MAX_TEXT = 5000;
    private final PostStore posts;
    private final TextFeatures features;
    private CategorySuggester model;
    private PublishedState trainedOn;

    public SiteSuggestions(PostStore posts, TextFeatures features) {
        this.posts = posts;
        this.features = features;
    }

    /** Up to three categories for an item, best first, each with the words that drove it; none when unsure. */
    public List<Suggestion> suggest(String title, String text, String language) {
        return current().suggest(title, text, language);
    }

    private synchronized CategorySuggester current() {
        PublishedState state = posts.publishedState();
        if (model == null || !state.equals(trainedOn)) {
            model = trained(posts, features);
            trainedOn = state;
        }
        return model;
    }

    public static CategorySuggester trained(PostStore posts, TextFeatures features) {
        CategorySuggester suggester = new CategorySuggester(features);
        long after = 0;
        for (List<PostDetails> batch; !(batch = posts.publishedAfter(after, BATCH)).isEmpty(); ) {
            for (PostDetails post : batch) {
                Set<String> categories = post.categories().stream().map(Category::name).collect(Collectors.toSet());
                if (!categories.isEmpty()) {
                    suggester.learn(new SuggestExample(post.post().title(), text(post.post().bodyHtml()), null,
                            categories));
                }
            }
            after = batch.getLast().post().id();
        }
        return suggester;
    }

    /** The names of the categories suggested for an item, best first (none when unsure). */
    public static List<String> forItem(CategorySuggester suggester, FeedItem item) {
        return suggester.suggest(item.title(), InboxStories.text(item.summaryHtml(), item.contentHtml()), item.lang())
                .stream().map(Suggestion::category).toList();
    }

    private static String text(String html) {
        String text = html == null ? "" : Jsoup.parseBodyFragment(html).text();
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }
}
