package org.tidings.curation;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How well predicted clusters agree with true ones. Pairwise: of the pairs of items put together,
 * the share that belong together (precision), and of the pairs that belong together, the share
 * put together (recall). B-cubed: the same per item, over the item's own cluster, averaged.
 */
record ClusterScores(double pairPrecision, double pairRecall, double bCubedPrecision, double bCubedRecall) {

    /** Scores for items mapped to their true and predicted cluster labels (the same keys in both). */
    static <K> ClusterScores of(Map<K, ?> truth, Map<K, ?> predicted) {
        long together = 0;
        long belong = 0;
        long both = 0;
        Map<Object, Integer> trueSizes = sizes(truth);
        Map<Object, Integer> predictedSizes = sizes(predicted);
        Map<Object, Integer> overlap = new HashMap<>();
        for (K key : truth.keySet()) {
            overlap.merge(Map.entry(truth.get(key), predicted.get(key)), 1, Integer::sum);
        }
        for (int size : trueSizes.values()) {
            belong += (long) size * (size - 1) / 2;
        }
        for (int size : predictedSizes.values()) {
            together += (long) size * (size - 1) / 2;
        }
        double bPrecision = 0;
        double bRecall = 0;
        for (Map.Entry<Object, Integer> cell : overlap.entrySet()) {
            int n = cell.getValue();
            Map.Entry<?, ?> labels = (Map.Entry<?, ?>) cell.getKey();
            both += (long) n * (n - 1) / 2;
            bPrecision += (double) n * n / predictedSizes.get(labels.getValue());
            bRecall += (double) n * n / trueSizes.get(labels.getKey());
        }
        int items = truth.size();
        return new ClusterScores(together == 0 ? 1 : (double) both / together, belong == 0 ? 1 : (double) both / belong,
                bPrecision / items, bRecall / items);
    }

    double pairF1() {
        return f1(pairPrecision, pairRecall);
    }

    double bCubedF1() {
        return f1(bCubedPrecision, bCubedRecall);
    }

    @Override
    public String toString() {
        return String.format("pairwise P %.3f R %.3f F1 %.3f; B-cubed P %.3f R %.3f F1 %.3f",
                pairPrecision, pairRecall, pairF1(), bCubedPrecision, bCubedRecall, bCubedF1());
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<Object, Integer> sizes(Map<?, ?> labels) {
        Map<Object, Integer> sizes = new HashMap<>();
        labels.values().forEach(label -> sizes.merge(Objects.requireNonNull(label), 1, Integer::sum));
        return sizes;
    }
}
