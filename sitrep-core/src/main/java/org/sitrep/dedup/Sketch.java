package org.sitrep.dedup;

/**
 * The two 64-bit sketches of an article text that near-duplicate lookups compare before reading
 * any text: its {@link SimHash} (the lookup key: similar texts differ in few bits) and its 1-bit
 * MinHash (bit {@code k} is the lowest bit of the smallest of the shingle hashes under the k-th
 * hash function; two texts of Jaccard resemblance J agree on each bit with probability (1 + J) / 2).
 * A copy is near in both; an unrelated text that the SimHash lets through by chance (about 10⁻⁵)
 * is almost never near in the MinHash too, so the texts themselves are read only for real copies.
 *
 * @param simhash the {@link SimHash}, or {@link SimHash#NONE} for a text too short to judge
 * @param minhash the 1-bit MinHash; 0 with {@code simhash} NONE
 */
public record Sketch(long simhash, long minhash) {
    /** Differing MinHash bits up to which a candidate is worth reading: a copy of resemblance 0.7 differs in 10 ± 3. */
    public static final int MAX_MINHASH_DISTANCE = 18;
    /** The sketch of a text too short to judge: never near anything. */
    public static final Sketch NONE = new Sketch(SimHash.NONE, 0);

    public static Sketch of(String text) {
        long[] shingles = SimHash.shingleHashes(text);
        long simhash = SimHash.of(shingles);
        if (simhash == SimHash.NONE) {
            return NONE;
        }
        long minhash = 0;
        for (int k = 0; k < 64; k++) {
            long seed = 0x9E3779B97F4A7C15L * (k + 1);
            long min = Long.MAX_VALUE;
            for (long h : shingles) {
                long v = SimHash.fmix(h ^ seed);
                if (Long.compareUnsigned(v, min) < 0) {
                    min = v;
                }
            }
            minhash |= (min & 1L) << k;
        }
        return new Sketch(simhash, minhash);
    }

    /** True when both sketches are within their distances: a candidate whose text is worth comparing. */
    public boolean near(Sketch other) {
        return simhash != SimHash.NONE && other.simhash != SimHash.NONE
                && SimHash.distance(simhash, other.simhash) <= SimHash.MAX_DISTANCE
                && Long.bitCount(minhash ^ other.minhash) <= MAX_MINHASH_DISTANCE;
    }
}
