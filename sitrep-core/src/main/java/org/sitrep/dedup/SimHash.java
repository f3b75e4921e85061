package org.sitrep.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Charikar's SimHash of an article text: each word 3-gram (after lower-casing, NFKC, and dropping
 * everything but letters and digits) hashes to 64 bits; bit {@code i} of the signature is set when
 * more shingles have bit {@code i} set than not. Similar texts get signatures that differ in few
 * bits: the share of differing bits estimates the angle between the texts' shingle vectors.
 *
 * <p><b>Threshold.</b> {@link #MAX_DISTANCE} = 8 bits. A syndicated copy under another header,
 * dateline or byline (a few shingles of several hundred changed) stays within 0–6 bits; two
 * outlets telling the same event in their own words share few 3-grams and land 20–40 bits apart,
 * as do unrelated texts (see {@code SimHashTest}). Texts of fewer than {@link #MIN_SHINGLES}
 * shingles get no signature ({@link #NONE}): a one-line item says too little to call it a copy.
 *
 * <p>Stateless and thread-safe.
 */
public final class SimHash {
    /** Hamming distance up to which two signatures are near-duplicates. */
    public static final int MAX_DISTANCE = 8;
    /** Fewest shingles (≈ words) a text needs for a signature. */
    public static final int MIN_SHINGLES = 25;
    /** Words per shingle. */
    static final int SHINGLE_WORDS = 3;
    /** Stands for "no signature"; {@link #nearDuplicates} is never true for it. */
    public static final long NONE = 0L;

    private SimHash() {}

    /** The signature of {@code text}, or {@link #NONE} when it has fewer than {@link #MIN_SHINGLES} shingles. */
    public static long of(String text) {
        List<String> words = words(text);
        int shingles = words.size() - SHINGLE_WORDS + 1;
        if (shingles < MIN_SHINGLES) {
            return NONE;
        }
        int[] votes = new int[64];
        StringBuilder shingle = new StringBuilder();
        for (int i = 0; i < shingles; i++) {
            shingle.setLength(0);
            for (int k = 0; k < SHINGLE_WORDS; k++) {
                shingle.append(words.get(i + k)).append(' ');
            }
            long h = hash64(shingle);
            for (int b = 0; b < 64; b++) {
                votes[b] += ((h >>> b) & 1L) == 1L ? 1 : -1;
            }
        }
        long signature = 0L;
        for (int b = 0; b < 64; b++) {
            if (votes[b] > 0) {
                signature |= 1L << b;
            }
        }
        // 0 is reserved for NONE; a real signature of all-zero bits (astronomically rare) becomes 1.
        return signature == NONE ? 1L : signature;
    }

    /** Number of differing bits. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** True when both are signatures and differ in at most {@link #MAX_DISTANCE} bits. */
    public static boolean nearDuplicates(long a, long b) {
        return a != NONE && b != NONE && distance(a, b) <= MAX_DISTANCE;
    }

    static List<String> words(String text) {
        String norm = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= norm.length(); i++) {
            boolean wordChar = i < norm.length() && Character.isLetterOrDigit(norm.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                words.add(norm.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    /** FNV-1a over the chars, then MurmurHash3's finalizer so that every input bit reaches every output bit. */
    private static long hash64(CharSequence s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
