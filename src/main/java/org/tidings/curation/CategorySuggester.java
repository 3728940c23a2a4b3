package org.tidings.curation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Suggests categories for a text, learned from the site's own categorised posts: multinomial naive
 * Bayes over the analysed terms (English stems, Korean morphemes), each counted sublinearly (a
 * word said five times is more evidence than once, not five times as much). It explains itself: each
 * suggestion comes with the words that weigh most for it against the other categories. It stays
 * silent when unsure, and follows the site: every post learned or forgotten changes it at once.
 * Thread-safe.
 */
public final class CategorySuggester {
    public static final int MAX_SUGGESTIONS = 3;
    /** No suggestion at all when the best category is less likely than this. */
    public static final double MIN_CONFIDENCE = 0.3;
    private static final int DRIVING_WORDS = 5;
    /**
     * Laplace smoothing of term counts: a term never seen in a category is rare there, not impossible.
     * The textbook value, not tuned: smaller values make the scores more extreme.
     */
    private static final double SMOOTHING = 1;

    private final TextFeatures features;
    private final Map<String, SuggestCategory> categories = new HashMap<>();
    /** Term -> how many learned posts hold it, to know the vocabulary's size. */
    private final Map<String, Integer> vocabulary = new HashMap<>();
    private int examples;

    public CategorySuggester(TextFeatures features) {
        this.features = features;
    }

    /** Learns from many posts. */
    public void train(Collection<SuggestExample> posts) {
        posts.forEach(this::learn);
    }

    /** Learns from one post: a new one, or an edited one after {@link #forget} of its old state. */
    public void learn(SuggestExample post) {
        TextTerms terms = features.terms(post.title(), post.text(), post.language());
        synchronized (this) {
            change(terms, post, 1);
        }
    }

    /** Unlearns a post learned before (deleted, or about to be learned again with other categories). */
    public void forget(SuggestExample post) {
        TextTerms terms = features.terms(post.title(), post.text(), post.language());
        synchronized (this) {
            change(terms, post, -1);
        }
    }

    /**
     * Up to three categories, most likely first; none when unsure: the text holds no word learned
     * from any post, or even the best category is unlikely.
     */
    public List<Suggestion> suggest(String title, String text, String language) {
        TextTerms terms = features.terms(title, text, language);
        synchronized (this) {
            if (terms.counts().keySet().stream().noneMatch(vocabulary::containsKey)) {
                return List.of();
            }
            List<Scored> ranked = rank(terms);
            if (ranked.get(0).score < MIN_CONFIDENCE) {
                return List.of();
            }
            return ranked.subList(0, Math.min(MAX_SUGGESTIONS, ranked.size())).stream()
                    .map(scored -> new Suggestion(scored.category.name(), scored.score, drivingWords(scored.category, terms)))
                    .toList();
        }
    }

    private record Scored(SuggestCategory category, double score) {
    }

    private void change(TextTerms terms, SuggestExample post, int sign) {
        for (String name : post.categories()) {
            SuggestCategory category = categories.computeIfAbsent(name, SuggestCategory::new);
            category.change(terms.counts(), sign);
            if (category.isEmpty()) {
                categories.remove(name);
            }
        }
        for (String term : terms.counts().keySet()) {
            if (vocabulary.merge(term, sign, Integer::sum) <= 0) {
                vocabulary.remove(term);
            }
        }
        examples += sign;
    }

    /** Every category with its posterior probability, most likely first. */
    private List<Scored> rank(TextTerms terms) {
        List<SuggestCategory> all = List.copyOf(categories.values());
        double[] logs = new double[all.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < logs.length; i++) {
            logs[i] = logJoint(all.get(i), terms);
            max = Math.max(max, logs[i]);
        }
        double sum = 0;
        for (double log : logs) {
            sum += Math.exp(log - max);
        }
        List<Scored> ranked = new ArrayList<>();
        for (int i = 0; i < logs.length; i++) {
            ranked.add(new Scored(all.get(i), Math.exp(logs[i] - max) / sum));
        }
        ranked.sort(Comparator.comparingDouble(Scored::score).reversed());
        return ranked;
    }

    private double logJoint(SuggestCategory category, TextTerms terms) {
        double log = Math.log((double) category.examples() / examples);
        for (Map.Entry<String, Integer> count : terms.counts().entrySet()) {
            if (vocabulary.containsKey(count.getKey())) {
                log += TextFeatures.tf(count.getValue()) * logLikelihood(category, count.getKey());
            }
        }
        return log;
    }

    private double logLikelihood(SuggestCategory category, String term) {
        return Math.log((category.count(term) + SMOOTHING) / (category.total() + SMOOTHING * vocabulary.size()));
    }

    /** The words with the most weight for the category against the average of the others. */
    private List<String> drivingWords(SuggestCategory category, TextTerms terms) {
        Map<String, Double> lift = new HashMap<>();
        for (Map.Entry<String, Integer> count : terms.counts().entrySet()) {
            String term = count.getKey();
            if (!vocabulary.containsKey(term) || categories.size() < 2) {
                continue;
            }
            double others = 0;
            for (SuggestCategory other : categories.values()) {
                others += other == category ? 0 : logLikelihood(other, term);
            }
            double value = TextFeatures.tf(count.getValue()) * (logLikelihood(category, term) - others / (categories.size() - 1));
            if (value > 0) {
                lift.put(term, value);
            }
        }
        return lift.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(DRIVING_WORDS)
                .map(entry -> terms.show(entry.getKey()))
                .toList();
    }
}
