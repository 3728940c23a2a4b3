package org.tidings.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.tidings.content.Category;
import org.tidings.content.PostDetails;
import org.tidings.store.PostStore;
import org.tidings.store.PublishedState;

/**
 * Category suggestions learned from the site's own published, categorised posts (see
 * {@link CategorySuggester}). The model follows the site: when the published posts changed since it
 * was trained (their count or latest change), it learns them again before suggesting. Thread-safe.
 */
public final class SiteSuggestions {
    private static final int BATCH = 500;
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
            CategorySuggester fresh = new CategorySuggester(features);
            fresh.train(examples());
            model = fresh;
            trainedOn = state;
        }
        return model;
    }

    private List<SuggestExample> examples() {
        List<SuggestExample> examples = new ArrayList<>();
        long after = 0;
        List<PostDetails> batch;
        do {
            batch = posts.publishedAfter(after, BATCH);
            for (PostDetails post : batch) {
                if (!post.categories().isEmpty()) {
                    Set<String> names = post.categories().stream().map(Category::name).collect(Collectors.toSet());
                    examples.add(new SuggestExample(post.post().title(), Jsoup.parse(post.post().bodyHtml()).text(),
                            null, names));
                }
                after = post.post().id();
            }
        } while (batch.size() == BATCH);
        return examples;
    }
}
