package org.sitrep.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Numeric ids derived from string ids, for formats (ACLED) whose id columns are integers. */
final class StableNumbers {
    /**
     * Upper bound (exclusive) of the numbers: below 2^53, so spreadsheets and JSON readers that
     * hold numbers as doubles keep every digit; with 10^15 values, a million events collide with
     * probability about 5e-4.
     */
    static final long BOUND = 1_000_000_000_000_000L;

    private StableNumbers() {}

    /** A number in [1, {@link #BOUND}) that depends only on {@code id}: the same on every run and JVM. */
    static long of(String id) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (digest[i] & 0xff);
        }
        return Math.floorMod(value, BOUND - 1) + 1;
    }
}
