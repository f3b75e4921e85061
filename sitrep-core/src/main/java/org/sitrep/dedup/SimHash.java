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
 * <p><b>Thresholds.</b> A copy is within {@link #MAX_DISTANCE} = 14 bits and its shingle sets'
 * Jaccard {@link #resemblance} is at least {@link #MIN_RESEMBLANCE} = 0.7. A syndicated copy of a
 * short story under another header and footer (a tenth of its shingles new) is 8 ± 3 bits away
 * (each bit differs with probability angle/π, about 0.12 here) and above 0.85 alike; two outlets telling the same event in their own words share few 3-grams
 * and land 20–40 bits apart, below 0.1, as do unrelated texts (Google's 3 bits of 64 suit long web
 * pages, not 200-word news items). The distance, loose, finds candidates cheaply (two unrelated
 * texts fall within 14 bits with probability 3·10⁻⁶, so a store of a million articles offers a new
 * one about three false candidates); the resemblance, computed on the two texts, confirms them (see {@code SimHashTest} and sitrep-cli's
 * {@code NearDuplicateThresholdTest} on the fusion corpus). Texts of fewer than
 * {@link #MIN_SHINGLES} shingles get no signature ({@link #NONE}): a one-line item says too little
 * to call it a copy.
 *
 * <p>Stateless and thread-safe.
 */
public final class SimHash {
    /** Hamming distance up to which two signatures are near-duplicates. */
    public static final int MAX_DISTANCE = 14;
    /** Fewest shingles (≈ words) a text needs for a signature. */
    public static final int MIN_SHINGLES = 25;
    /** Least Jaccard resemblance of the shingle sets of a copy and its first copy. */
    public static final double MIN_RESEMBLANCE = 0.7;
    /** Words per shingle. */
    static final int SHINGLE_WORDS = 3;
    /** Stands for "no signature"; {@link #nearDuplicates} is never true for it. */
    public static final long NONE = 0L;

    private SimHash() {}

    /** The signature of {@code text}, or {@link #NONE} when it has fewer than {@link #MIN_SHINGLES} shingles. */
    public static long of(String text) {
        return of(shingleHashes(text));
    }

    /** The signature of a text given its {@link #shingleHashes}. */
    static long of(long[] shingles) {
        if (shingles.length < MIN_SHINGLES) {
            return NONE;
        }
        int[] votes = new int[64];
        for (long h : shingles) {
            for (int b = 0; b < 64; b++) {
                votes[b] += (int) ((h >>> b) & 1L) * 2 - 1;
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

    /** Jaccard similarity of the word 3-gram shingle sets of two texts, in [0, 1]; 0 when either has none. */
    public static double resemblance(String a, String b) {
        java.util.Set<Long> x = shingles(a);
        java.util.Set<Long> y = shingles(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (Long h : x) {
            if (y.contains(h)) {
                common++;
            }
        }
        return (double) common / (x.size() + y.size() - common);
    }

    private static java.util.Set<Long> shingles(String text) {
        java.util.Set<Long> out = new java.util.HashSet<>();
        for (long h : shingleHashes(text)) {
            out.add(h);
        }
        return out;
    }

    /** A 64-bit hash of each word 3-gram, in text order: the words' hashes, position-weighted, mixed. */
    static long[] shingleHashes(String text) {
        List<String> words = words(text);
        int n = words.size() - SHINGLE_WORDS + 1;
        if (n <= 0) {
            return new long[0];
        }
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < wordHashes.length; i++) {
            wordHashes[i] = hash64(words.get(i));
        }
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            long h = 0;
            for (int k = 0; k < SHINGLE_WORDS; k++) {
                h = h * 0x9E3779B97F4A7C15L + wordHashes[i + k];
            }
            out[i] = fmix(h);
        }
        return out;
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
        return fmix(h);
    }

    static long fmix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
