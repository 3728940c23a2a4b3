package org.tidings.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Marks the words a query matched, reading their offsets from the index. Lucene's highlighters mark
 * the matches of one field's analysis; a post's text is indexed under two (English and Korean), so
 * this merges both fields' offsets over the one stored text. Output is escaped HTML with {@code <mark>}.
 */
final class Snippets {
    static final int LENGTH = 240;
    private static final int LEAD = 40;
    private final Set<Term> terms = new HashSet<>();

    /** For the words {@code query} looks for; words it excludes are not marked. */
    Snippets(Query query) {
        query.visit(QueryVisitor.termCollector(terms));
    }

    /** The whole of {@code title}, matches marked. */
    String title(IndexReader reader, int doc, String title) throws IOException {
        return Marked.html(title, wholeWords(title, matches(reader, doc, SearchFields.TITLE)), 0, title.length());
    }

    /** The passage of {@code text} about {@code LENGTH} characters long with the most matches, marked. */
    String passage(IndexReader reader, int doc, String text) throws IOException {
        List<int[]> matches = wholeWords(text, matches(reader, doc, SearchFields.TEXT));
        int start = matches.isEmpty() ? 0 : wordStart(text, bestStart(matches) - LEAD);
        int end = start + LENGTH >= text.length() ? text.length() : wordEnd(text, start + LENGTH);
        return (start > 0 ? "… " : "") + Marked.html(text, matches, start, end) + (end < text.length() ? " …" : "");
    }

    /** Merged, ordered [start, end) offsets of this query's terms in {@code field} of either language. */
    private List<int[]> matches(IndexReader reader, int doc, String field) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        int local = doc - leaf.docBase;
        List<int[]> found = new ArrayList<>();
        for (String language : SearchFields.LANGUAGES) {
            Terms indexed = leaf.reader().terms(field + language);
            if (indexed != null) {
                collect(indexed.iterator(), field + language, local, found);
            }
        }
        return merged(found);
    }

    private void collect(TermsEnum indexed, String field, int doc, List<int[]> found) throws IOException {
        for (Term term : terms) {
            if (!term.field().equals(field) || !indexed.seekExact(term.bytes())) {
                continue;
            }
            PostingsEnum postings = indexed.postings(null, PostingsEnum.OFFSETS);
            if (postings.advance(doc) == doc) {
                for (int i = 0; i < postings.freq(); i++) {
                    postings.nextPosition();
                    found.add(new int[] {postings.startOffset(), postings.endOffset()});
                }
            }
        }
    }

    /** Matches widened to whole Korean words (탈북민, not the "북민" Nori matched), merged again. */
    private static List<int[]> wholeWords(String text, List<int[]> matches) {
        return merged(new ArrayList<>(KoreanWords.widened(text, matches)));
    }

    /** Overlapping or touching matches become one, so "탈북" + "자" is marked as one word. */
    private static List<int[]> merged(List<int[]> found) {
        found.sort(Comparator.comparingInt(m -> m[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] match : found) {
            int[] last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && match[0] <= last[1]) {
                last[1] = Math.max(last[1], match[1]);
            } else {
                merged.add(match.clone());
            }
        }
        return merged;
    }

    /** Where the window of {@code LENGTH} characters holding the most matches begins. */
    private static int bestStart(List<int[]> matches) {
        int best = 0;
        int bestCount = 0;
        for (int i = 0, j = 0; i < matches.size(); i++) {
            j = Math.max(j, i);
            while (j + 1 < matches.size() && matches.get(j + 1)[1] <= matches.get(i)[0] + LENGTH - LEAD) {
                j++;
            }
            if (j - i + 1 > bestCount) {
                bestCount = j - i + 1;
                best = matches.get(i)[0];
            }
        }
        return best;
    }

    /** The start of the word at or after {@code from} (0 at the very start). */
    private static int wordStart(String text, int from) {
        if (from <= 0) {
            return 0;
        }
        int space = text.indexOf(' ', from);
        return space < 0 ? wholeChar(text, from) : space + 1;
    }

    /** The end of the word before {@code from}, or {@code from} if there is no space near. */
    private static int wordEnd(String text, int from) {
        int space = text.lastIndexOf(' ', from);
        return space > from - LEAD ? space : wholeChar(text, from);
    }

    /** {@code at}, or one back if it would split a surrogate pair. */
    private static int wholeChar(String text, int at) {
        return at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
    }
}
