package org.tidings.curation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Complete-linkage clustering of a small neighbourhood of items: groups join, most similar first,
 * only while every item of one is similar enough to every item of the other. Two reports of one
 * event are alike throughout; a chain of look-alikes (two earthquakes, via a third report that
 * mentions both) is not, which single linkage would join. Groups an editor made (pinned) count as
 * near an item when any of their items is, and two pinned groups never join: editors decide those.
 */
final class StoryLinkage {
    /** A group going in: its items, and whether an editor made it. */
    record Group<T>(List<T> items, boolean pinned) {
    }

    private StoryLinkage() {
    }

    /** The groups after joining every pair whose linkage reaches {@code threshold}, best pair first. */
    static <T> List<Group<T>> cluster(List<Group<T>> groups, BiFunction<List<T>, int[], double[][]> similarities, double threshold) {
        List<T> all = new ArrayList<>();
        List<List<Integer>> members = new ArrayList<>();
        boolean[] pinned = new boolean[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            List<Integer> indexes = new ArrayList<>();
            for (T item : groups.get(g).items()) {
                indexes.add(all.size());
                all.add(item);
            }
            members.add(indexes);
            pinned[g] = groups.get(g).pinned();
        }
        int[] groupOf = new int[all.size()];
        for (int g = 0; g < members.size(); g++) {
            for (int index : members.get(g)) {
                groupOf[index] = g;
            }
        }
        double[][] pairs = similarities.apply(all, groupOf);
        int n = groups.size();
        double[][] linkage = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                linkage[i][j] = linkage[j][i] = linkage(members.get(i), members.get(j), pinned[i] || pinned[j], pairs);
            }
        }
        boolean[] alive = new boolean[n];
        Arrays.fill(alive, true);
        for (int[] pair = bestPair(linkage, pinned, alive, threshold); pair != null;
                pair = bestPair(linkage, pinned, alive, threshold)) {
            int i = pair[0];
            members.get(i).addAll(members.get(pair[1]));
            alive[pair[1]] = false;
            pinned[i] |= pinned[pair[1]];
            for (int k = 0; k < n; k++) {
                if (alive[k] && k != i) {
                    linkage[i][k] = linkage[k][i] = linkage(members.get(i), members.get(k), pinned[i] || pinned[k], pairs);
                }
            }
        }
        List<Group<T>> result = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            if (alive[g]) {
                result.add(new Group<>(members.get(g).stream().map(all::get).toList(), pinned[g]));
            }
        }
        return result;
    }

    /** The two live groups with the highest linkage at or above the threshold that may join, or null. */
    private static int[] bestPair(double[][] linkage, boolean[] pinned, boolean[] alive, double threshold) {
        int[] best = null;
        double bestLinkage = threshold;
        for (int i = 0; i < alive.length; i++) {
            for (int j = i + 1; j < alive.length && alive[i]; j++) {
                if (alive[j] && !(pinned[i] && pinned[j]) && linkage[i][j] >= bestLinkage) {
                    bestLinkage = linkage[i][j];
                    best = new int[] {i, j};
                }
            }
        }
        return best;
    }

    /** The least similar pair between free groups; the most similar pair beside a pinned one. */
    private static double linkage(List<Integer> a, List<Integer> b, boolean anyPinned, double[][] pairs) {
        double result = anyPinned ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        for (int x : a) {
            for (int y : b) {
                result = anyPinned ? Math.max(result, pairs[x][y]) : Math.min(result, pairs[x][y]);
            }
        }
        return result;
    }
}
