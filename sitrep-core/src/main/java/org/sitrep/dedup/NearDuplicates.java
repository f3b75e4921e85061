package org.sitrep.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first copies seen so far, by {@link SimHash}, and a lookup of the one a new signature is a
 * near-duplicate of. The 64 bits are cut into {@code MAX_DISTANCE + 1} blocks: two signatures within
 * {@link SimHash#MAX_DISTANCE} bits agree on at least one whole block (pigeonhole), so a lookup only
 * compares the signatures that share a block with it, not all of them.
 *
 * <p>Only first copies are added (a copy links to the first, never to another copy). When several
 * held signatures are near, the closest wins, then the one added first. Thread-safe (synchronized).
 */
public final class NearDuplicates {
    private static final int BLOCKS = SimHash.MAX_DISTANCE + 1;
    private final List<String> ids = new ArrayList<>();
    private final List<Long> signatures = new ArrayList<>();
    /** Per block, the block's value → indexes into {@link #ids}. */
    private final List<Map<Integer, List<Integer>>> blocks = new ArrayList<>();

    public NearDuplicates() {
        for (int b = 0; b < BLOCKS; b++) {
            blocks.add(new HashMap<>());
        }
    }

    /** Holds {@code articleId} as a first copy with this signature; a {@link SimHash#NONE} signature is ignored. */
    public synchronized void add(String articleId, long signature) {
        if (signature == SimHash.NONE) {
            return;
        }
        int index = ids.size();
        ids.add(articleId);
        signatures.add(signature);
        for (int b = 0; b < BLOCKS; b++) {
            blocks.get(b).computeIfAbsent(block(signature, b), k -> new ArrayList<>(1)).add(index);
        }
    }

    /** The held article this signature is a near-duplicate of, if any. */
    public synchronized Optional<String> firstCopyOf(long signature) {
        if (signature == SimHash.NONE) {
            return Optional.empty();
        }
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int b = 0; b < BLOCKS; b++) {
            for (int index : blocks.get(b).getOrDefault(block(signature, b), List.of())) {
                int d = SimHash.distance(signature, signatures.get(index));
                if (d <= SimHash.MAX_DISTANCE && (d < bestDistance || d == bestDistance && index < best)) {
                    best = index;
                    bestDistance = d;
                }
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(ids.get(best));
    }

    /** Number of first copies held. */
    public synchronized int size() {
        return ids.size();
    }

    /** Bits [b*64/BLOCKS, (b+1)*64/BLOCKS) of the signature. */
    private static int block(long signature, int b) {
        int from = b * 64 / BLOCKS;
        int to = (b + 1) * 64 / BLOCKS;
        return (int) ((signature >>> from) & ((1L << (to - from)) - 1));
    }
}
