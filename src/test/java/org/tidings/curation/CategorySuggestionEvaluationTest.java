package org.tidings.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Category suggestions measured on labelled news the model never saw: each corpus split 80/20 per
 * topic (stratified, fixed seed), trained on the 80 %, asked about the 20 %. Prints its figures.
 */
class CategorySuggestionEvaluationTest {
    private static final TextFeatures FEATURES = new TextFeatures();

    /** Top-1 and top-3 accuracy; texts with no suggestion (unsure) count as misses. */
    private record Accuracy(double top1, double top3, double unsure, int tested) {
        @Override
        public String toString() {
            return String.format("top-1 %.3f, top-3 %.3f, unsure %.1f %% (%d tested)", top1, top3, 100 * unsure, tested);
        }
    }

    @Test
    void suggestsTheTopicsOfEnglishArticles() {
        Accuracy bbc = evaluate(TopicCorpus.bbc());
        System.out.println("Category suggestions, BBC News (5 topics, 80/20): " + bbc);
        assertThat(bbc.top1()).isGreaterThanOrEqualTo(0.95);
        assertThat(bbc.top3()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void suggestsTheTopicsOfKoreanHeadlines() {
        Accuracy yonhap = evaluate(TopicCorpus.yonhap());
        System.out.println("Category suggestions, Yonhap headlines (7 topics, 80/20): " + yonhap);
        assertThat(yonhap.top1()).isGreaterThanOrEqualTo(0.77);
        assertThat(yonhap.top3()).isGreaterThanOrEqualTo(0.95);
    }

    private static Accuracy evaluate(List<TopicCorpus.Article> articles) {
        List<TopicCorpus.Article> training = new ArrayList<>();
        List<TopicCorpus.Article> testing = new ArrayList<>();
        split(articles, training, testing);
        CategorySuggester suggester = new CategorySuggester(FEATURES);
        suggester.train(training.stream()
                .map(article -> new SuggestExample(article.title(), article.text(), null, Set.of(article.topic())))
                .toList());
        int top1 = 0;
        int top3 = 0;
        int unsure = 0;
        for (TopicCorpus.Article article : testing) {
            List<String> suggested = suggester.suggest(article.title(), article.text(), null).stream()
                    .map(Suggestion::category)
                    .toList();
            unsure += suggested.isEmpty() ? 1 : 0;
            top1 += !suggested.isEmpty() && suggested.get(0).equals(article.topic()) ? 1 : 0;
            top3 += suggested.contains(article.topic()) ? 1 : 0;
        }
        double tested = testing.size();
        return new Accuracy(top1 / tested, top3 / tested, unsure / tested, testing.size());
    }

    /** 80 % of each topic's articles to training, the rest to testing, drawn with a fixed seed. */
    private static void split(List<TopicCorpus.Article> articles, List<TopicCorpus.Article> training,
            List<TopicCorpus.Article> testing) {
        Map<String, List<TopicCorpus.Article>> byTopic = new TreeMap<>();
        articles.forEach(article -> byTopic.computeIfAbsent(article.topic(), topic -> new ArrayList<>()).add(article));
        Random random = new Random(42);
        for (List<TopicCorpus.Article> topic : byTopic.values()) {
            List<TopicCorpus.Article> shuffled = new ArrayList<>(topic);
            Collections.shuffle(shuffled, random);
            int cut = (int) Math.round(0.8 * shuffled.size());
            training.addAll(shuffled.subList(0, cut));
            testing.addAll(shuffled.subList(cut, shuffled.size()));
        }
    }
}
