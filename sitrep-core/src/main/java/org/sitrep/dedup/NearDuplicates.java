package org.sitrep.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The first copies seen so far, by {@link SimHash}, and a lookup of the one a new text copies.
 *
 * <p>Two stages: the signatures give candidates, the texts confirm them. Candidates by multi-index
 * hashing: the 64 bits are cut into five blocks of 13 or 12 bits, each indexed by its value in a
 * direct table; two signatures at most 14 bits apart ({@link SimHash#MAX_DISTANCE})
 * differ in at most 2 bits of some block (pigeonhole: 5 blocks of 3 or more would make 15), so a
 * lookup visits, per block, the 92 values within 2 bits of its own and compares only the
 * signatures filed there: about a twentieth of those held, in tables small enough for the cache. Each candidate within the
 * distance, and near in the MinHash of its {@link Sketch} too, closest first (then the one added first), is then confirmed by
 * {@link SimHash#resemblance} of the two texts of at least {@link SimHash#MIN_RESEMBLANCE}: a
 * 64-bit signature alone would, among a million articles, call some unrelated pairs copies by
 * chance (birthday bound), and a copy must never take an original's events away.
 *
 * <p>Only first copies are added (a copy links to the first, never to another copy). Thread-safe
 * (synchronized); per article 16 bytes of sketch and 20 of block index, besides the ids.
 */
public final class NearDuplicates {
    private static final int BLOCKS = 5;
    /** Where each block starts; block b is bits [START[b], START[b + 1]). */
    private static final int[] START = {0, 13, 26, 39, 52, 64};
    /** Every 13-bit mask of at most 2 set bits: the flips a block is probed with (the 12-bit block skips those past its width). */
    private static final int[] PROBES = probes(13);

    static {
        if (SimHash.MAX_DISTANCE > 3 * BLOCKS - 1) {
            throw new AssertionError("5 blocks probed within 2 bits find signatures up to 14 bits apart, not " + SimHash.MAX_DISTANCE);
        }
    }

    private final List<String> ids = new ArrayList<>();
    private long[] signatures = new long[64];
    private long[] minhashes = new long[64];
    /*
     * Per block, chains through flat arrays rather than a list object per block value: a lookup
     * probes hundreds of values, and following an object to each would miss the cache every time.
     * head[b][value] is the last index added with that block value (-1: none), next[b][index] the
     * one added before it.
     */
    private final int[][] head = new int[BLOCKS][];
    private final int[][] next = new int[BLOCKS][64];

    public NearDuplicates() {
        for (int b = 0; b < BLOCKS; b++) {
            head[b] = new int[1 << (START[b + 1] - START[b])];
            Arrays.fill(head[b], -1);
        }
    }

    /** Holds {@code articleId} as a first copy with this sketch; {@link Sketch#NONE} is ignored. */
    public synchronized void add(String articleId, Sketch sketch) {
        long signature = sketch.simhash();
        if (signature == SimHash.NONE) {
            return;
        }
        int index = ids.size();
        ids.add(articleId);
        if (index == signatures.length) {
            signatures = Arrays.copyOf(signatures, index * 2);
            minhashes = Arrays.copyOf(minhashes, index * 2);
            for (int b = 0; b < BLOCKS; b++) {
                next[b] = Arrays.copyOf(next[b], index * 2);
            }
        }
        signatures[index] = signature;
        minhashes[index] = sketch.minhash();
        for (int b = 0; b < BLOCKS; b++) {
            int value = block(signature, b);
            next[b][index] = head[b][value];
            head[b][value] = index;
        }
    }

    /**
     * The held article that {@code text} (whose sketch is {@code sketch}) copies, if any.
     *
     * @param textOf the text of a held article by id, or null when it is not known (the candidate is then skipped)
     */
    public Optional<String> firstCopyOf(String text, Sketch sketch, Function<String, String> textOf) {
        for (String candidate : candidates(sketch)) {
            String held = textOf.apply(candidate);
            if (held != null && SimHash.resemblance(text, held) >= SimHash.MIN_RESEMBLANCE) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The held articles whose sketches are {@link Sketch#near} {@code sketch}, closest SimHash first, then first added. */
    public synchronized List<String> candidates(Sketch sketch) {
        long signature = sketch.simhash();
        long minhash = sketch.minhash();
        if (signature == SimHash.NONE) {
            return List.of();
        }
        List<long[]> found = new ArrayList<>(); // {distance, index}
        for (int b = 0; b < BLOCKS; b++) {
            int value = block(signature, b);
            int[] heads = head[b];
            int[] chain = next[b];
            for (int probe : PROBES) {
                if (probe >= heads.length) {
                    continue;
                }
                for (int index = heads[value ^ probe]; index >= 0; index = chain[index]) {
                    int d = SimHash.distance(signature, signatures[index]);
                    if (d <= SimHash.MAX_DISTANCE && Long.bitCount(minhash ^ minhashes[index]) <= Sketch.MAX_MINHASH_DISTANCE) {
                        found.add(new long[] {d, index});
                    }
                }
            }
        }
        // A signature near in several blocks is found once per block: keep one of each.
        found.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
        List<String> out = new ArrayList<>();
        long last = -1;
        for (long[] f : found) {
            if (f[1] != last) {
                out.add(ids.get((int) f[1]));
                last = f[1];
            }
        }
        return out;
    }

    /** Number of first copies held. */
    public synchronized int size() {
        return ids.size();
    }

    private static int block(long signature, int b) {
        return (int) ((signature >>> START[b]) & ((1L << (START[b + 1] - START[b])) - 1));
    }

    private static int[] probes(int bits) {
        List<Integer> masks = new ArrayList<>();
        masks.add(0);
        for (int i = 0; i < bits; i++) {
            masks.add(1 << i);
            for (int j = i + 1; j < bits; j++) {
                masks.add(1 << i | 1 << j);
            }
        }
        return masks.stream().mapToInt(Integer::intValue).toArray();
    }
}
