package org.tidings.curation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Recent items' terms in an inverted index, to find the item most like a new one fast: candidates
 * come from the new item's most telling rare terms, then only those get an exact cosine of tf-idf
 * vectors (idf from the items in the index now). Not thread-safe: {@link StoryGrouper} serialises.
 */
final class StoryIndex {
    /** The new item's heaviest terms that look up candidates: enough for recall, few for speed. */
    private static final int QUERY_TERMS = 24;
    /** Candidates that get an exact cosine. */
    private static final int CANDIDATES = 40;
    /** A term in more than this share of recent items says little about a story and has long postings. */
    private static final double RARE_SHARE = 0.02;
    /** ...but in a small index every shared term may tell. */
    private static final int RARE_MINIMUM = 50;
    private static final int REASON_TERMS = 8;

    /**
     * Names and numbers (see {@link TextTerms#names()}) weigh this many times more: reports of one
     * event share them, while reports of two events of one kind (two earthquakes) share the rest.
     * On ECB+ (see StoryGroupingEvaluationTest) 3 kept the precision of complete linkage above 0.9 at a lower threshold than 2.
     */
    private static final double NAME_WEIGHT = 3;
    private final Map<String, Term> terms = new HashMap<>();
    private int size;
    /** Scratch: the items a query touched, kept to spare growing a new list for every item. */
    private final List<Entry> touched = new ArrayList<>();
    /** log(size + 1), kept with the size. */
    private double logDocuments;
    private long added;

    /** One term: how many items hold it, and which. */
    static final class Term {
        final String text;
        int frequency;
        final List<Posting> postings = new ArrayList<>();
        /** Scratch: the term's weight in the item being matched, 0 otherwise. */
        double queryWeight;
        /** Scratch: the term's weight in one item of a pair being compared, 0 otherwise. */
        double pairWeight;
        /** log(frequency + 1), kept with the frequency: idf costs no logarithm per use. */
        double logFrequency;

        Term(String text) {
            this.text = text;
        }
    }

    /** An item that holds a term, with the term's frequency weight in it. */
    record Posting(Entry entry, float tf) {
    }

    /** One item in the index. */
    static final class Entry {
        final String id;
        final Instant published;
        final long publishedMillis;
        final Term[] terms;
        final float[] tf;
        /** Vector length with the idf of when it was added: good enough to rank candidates. */
        final double addedNorm;
        /** Arrival order: a story lists its items in the order they came. */
        final long sequence;
        long story;
        boolean live = true;
        /** Scratch: partial score while ranking candidates. */
        double partial;

        Entry(String id, Instant published, Term[] terms, float[] tf, double addedNorm, long story, long sequence) {
            this.id = id;
            this.sequence = sequence;
            this.published = published;
            this.publishedMillis = published.toEpochMilli();
            this.terms = terms;
            this.tf = tf;
            this.addedNorm = addedNorm;
            this.story = story;
        }
    }

    int size() {
        return size;
    }

    Entry add(String id, Instant published, TextTerms text, long story) {
        Term[] held = new Term[text.counts().size()];
        float[] tf = new float[held.length];
        double norm = 0;
        int i = 0;
        for (Map.Entry<String, Integer> count : text.counts().entrySet()) {
            Term term = terms.computeIfAbsent(count.getKey(), Term::new);
            held[i] = term;
            tf[i] = (float) frequencyWeight(text, count.getKey(), count.getValue());
            double weight = tf[i] * idf(term);
            norm += weight * weight;
            i++;
        }
        Entry entry = new Entry(id, published, held, tf, Math.sqrt(norm), story, ++added);
        for (int j = 0; j < held.length; j++) {
            held[j].frequency++;
            held[j].logFrequency = Math.log(held[j].frequency + 1.0);
            held[j].postings.add(new Posting(entry, tf[j]));
        }
        resize(size + 1);
        return entry;
    }

    void remove(Entry entry) {
        entry.live = false;
        resize(size - 1);
        for (Term term : entry.terms) {
            term.frequency--;
            term.logFrequency = Math.log(term.frequency + 1.0);
            if (term.frequency == 0) {
                terms.remove(term.text);
            } else if (term.postings.size() > 2 * term.frequency + 8) {
                term.postings.removeIf(posting -> !posting.entry().live);
            }
        }
    }

    private void resize(int newSize) {
        size = newSize;
        logDocuments = Math.log(size + 1.0);
    }

    /** {@link TextFeatures#idf} of a term among the items here now, from the kept logarithms. */
    private double idf(Term term) {
        return logDocuments - term.logFrequency + 1;
    }

    /** Starts matching a new item: its weights sit on the terms until the query is closed. */
    Query query(TextTerms text) {
        return new Query(text, weighQuery(text));
    }

    /** A new item being matched against the index. */
    final class Query implements AutoCloseable {
        private final TextTerms text;
        private final List<Term> known;

        private Query(TextTerms text, List<Term> known) {
            this.text = text;
            this.known = known;
        }

        /** The {@code count} live items most similar to the new one within {@code window}, most similar first. */
        List<Scored> nearest(Instant published, Duration window, int count) {
            List<Scored> scored = new ArrayList<>();
            for (Entry candidate : candidates(known, published, window)) {
                scored.add(new Scored(candidate, cosine(candidate)));
            }
            scored.sort(Comparator.comparingDouble(Scored::score).reversed());
            return scored.subList(0, Math.min(count, scored.size()));
        }

        /** The terms the new item shares with an item of the index, heaviest first. */
        List<StoryTerm> shared(Entry entry) {
            return StoryIndex.this.shared(entry, text);
        }

        @Override
        public void close() {
            known.forEach(term -> term.queryWeight = 0);
        }
    }

    /** An item of the index with its similarity to the new item. */
    record Scored(Entry entry, double score) {
    }

    /** A term's weight in a text before idf: its sublinear frequency, more for a name. */
    private static double frequencyWeight(TextTerms text, String term, int count) {
        return TextFeatures.tf(count) * (text.names().contains(term) ? NAME_WEIGHT : 1);
    }

    /** Sets the new item's normalised weights on the known terms it holds; unknown ones only lengthen it. */
    private List<Term> weighQuery(TextTerms text) {
        List<Term> known = new ArrayList<>();
        double norm = 0;
        for (Map.Entry<String, Integer> count : text.counts().entrySet()) {
            Term term = terms.get(count.getKey());
            double idf = term == null ? logDocuments + 1 : idf(term);
            double weight = frequencyWeight(text, count.getKey(), count.getValue()) * idf;
            norm += weight * weight;
            if (term != null) {
                term.queryWeight = weight;
                known.add(term);
            }
        }
        double length = Math.sqrt(norm);
        known.forEach(term -> term.queryWeight /= length);
        return known;
    }

    private List<Entry> candidates(List<Term> query, Instant published, Duration window) {
        int rare = Math.max(RARE_MINIMUM, (int) (RARE_SHARE * size));
        List<Term> lookups = query.stream()
                .filter(term -> term.frequency <= rare)
                .sorted(Comparator.comparingDouble((Term term) -> term.queryWeight).reversed())
                .limit(QUERY_TERMS)
                .toList();
        long earliest = published.minus(window).toEpochMilli();
        long latest = published.plus(window).toEpochMilli();
        touched.clear();
        for (Term term : lookups) {
            double idf = idf(term);
            for (Posting posting : term.postings) {
                Entry entry = posting.entry();
                if (!entry.live || entry.publishedMillis < earliest || entry.publishedMillis > latest) {
                    continue;
                }
                if (entry.partial == 0) {
                    touched.add(entry);
                }
                entry.partial += term.queryWeight * idf * posting.tf() / entry.addedNorm;
            }
        }
        // The best few by partial score, kept in a small heap: sorting thousands of touched items costs more.
        PriorityQueue<Entry> best = new PriorityQueue<>(Comparator.comparingDouble((Entry entry) -> entry.partial));
        for (Entry entry : touched) {
            if (best.size() < CANDIDATES) {
                best.add(entry);
            } else if (entry.partial > best.peek().partial) {
                best.poll();
                best.add(entry);
            }
        }
        List<Entry> candidates = List.copyOf(best);
        touched.forEach(entry -> entry.partial = 0);
        return candidates;
    }

    /**
     * The cosines of the tf-idf vectors (with the idf of now) of every pair of {@code entries} in
     * different groups ({@code groupOf}, by index); pairs within a group are left 0, never asked.
     */
    double[][] similarities(List<Entry> entries, int[] groupOf) {
        int n = entries.size();
        double[][] weights = new double[n][];
        for (int i = 0; i < n; i++) {
            weights[i] = unitWeights(entries.get(i));
        }
        double[][] pairs = new double[n][n];
        for (int i = 0; i < n; i++) {
            Entry a = entries.get(i);
            for (int t = 0; t < a.terms.length; t++) {
                a.terms[t].pairWeight = weights[i][t];
            }
            for (int j = i + 1; j < n; j++) {
                if (groupOf[i] == groupOf[j]) {
                    continue;
                }
                Entry b = entries.get(j);
                double dot = 0;
                for (int t = 0; t < b.terms.length; t++) {
                    dot += weights[j][t] * b.terms[t].pairWeight;
                }
                pairs[i][j] = pairs[j][i] = dot;
            }
            for (Term term : a.terms) {
                term.pairWeight = 0;
            }
        }
        return pairs;
    }

    /** An item's tf-idf weights, in the order of its terms, scaled to unit length. */
    private double[] unitWeights(Entry entry) {
        double[] weights = new double[entry.terms.length];
        double norm = 0;
        for (int t = 0; t < weights.length; t++) {
            weights[t] = entry.tf[t] * idf(entry.terms[t]);
            norm += weights[t] * weights[t];
        }
        double length = Math.sqrt(norm);
        for (int t = 0; t < weights.length && length > 0; t++) {
            weights[t] /= length;
        }
        return weights;
    }

    /** Cosine of the candidate's current tf-idf vector with the query's (whose weights sit on the terms). */
    private double cosine(Entry candidate) {
        double dot = 0;
        double norm = 0;
        for (int i = 0; i < candidate.terms.length; i++) {
            Term term = candidate.terms[i];
            double weight = candidate.tf[i] * idf(term);
            norm += weight * weight;
            dot += weight * term.queryWeight;
        }
        return norm == 0 ? 0 : dot / Math.sqrt(norm);
    }

    private List<StoryTerm> shared(Entry best, TextTerms text) {
        double norm = 0;
        List<StoryTerm> shared = new ArrayList<>();
        for (int i = 0; i < best.terms.length; i++) {
            double weight = best.tf[i] * idf(best.terms[i]);
            norm += weight * weight;
        }
        double length = Math.sqrt(norm);
        for (int i = 0; i < best.terms.length; i++) {
            Term term = best.terms[i];
            if (term.queryWeight > 0) {
                double weight = best.tf[i] * idf(term) / length;
                shared.add(new StoryTerm(text.show(term.text), weight * term.queryWeight));
            }
        }
        shared.sort(Comparator.comparingDouble(StoryTerm::weight).reversed());
        return shared.subList(0, Math.min(REASON_TERMS, shared.size()));
    }
}
