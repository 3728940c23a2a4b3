package org.tidings.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The Korean words of a text, as a reader sees them: Nori splits 탈북민 into a prefix 탈, which
 * search drops, and 북 + 민, so marking the matched morphemes shows "북민". A word here is a run of
 * touching morphemes that make a noun (prefix, nouns, numbers, noun suffixes), without the particles
 * and endings after it: 탈북민들이 gives 탈북민들.
 */
final class KoreanWords {
    private static final Set<POS.Tag> WORD_PARTS = Set.of(POS.Tag.XPN, POS.Tag.NNG, POS.Tag.NNP, POS.Tag.NNB,
            POS.Tag.NR, POS.Tag.NP, POS.Tag.SN, POS.Tag.XSN);

    private KoreanWords() {
    }

    /** {@code matches} (ordered [start, end) offsets in {@code text}) each widened to the Korean word it falls in. */
    static List<int[]> widened(String text, List<int[]> matches) {
        if (matches.isEmpty() || text.codePoints().noneMatch(KoreanWords::isHangul)) {
            return matches;
        }
        List<int[]> words = words(text);
        List<int[]> widened = new ArrayList<>(matches.size());
        for (int[] match : matches) {
            int[] wide = match.clone();
            for (int[] word : words) {
                if (word[0] < match[1] && match[0] < word[1]) {
                    wide[0] = Math.min(wide[0], word[0]);
                    wide[1] = Math.max(wide[1], word[1]);
                }
            }
            widened.add(wide);
        }
        return widened;
    }

    /** Ordered [start, end) offsets of the Korean noun words in {@code text}. */
    static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        try (TokenStream tokens = new KoreanTokenizer()) {
            ((KoreanTokenizer) tokens).setReader(new StringReader(text));
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            PartOfSpeechAttribute pos = tokens.addAttribute(PartOfSpeechAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (!WORD_PARTS.contains(pos.getLeftPOS())) {
                    continue;
                }
                int[] last = words.isEmpty() ? null : words.getLast();
                if (last != null && last[1] == offset.startOffset()) {
                    last[1] = offset.endOffset();
                } else {
                    words.add(new int[] {offset.startOffset(), offset.endOffset()});
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static boolean isHangul(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
    }
}
