package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * What a gold reader made of a file: the documents it could read, and what it had to skip.
 *
 * @param documents the documents, in file order
 * @param skipped rows, entries or gold events that could not be read and were left out, all counted
 * @param problems why, one message per skipped item naming {@code file:line} (or the entry), at most
 *     {@link #MAX_LISTED} of them
 */
public record GoldSet(List<GoldDocument> documents, int skipped, List<String> problems) {
    /** Problems kept per set, so that a file of a million bad rows cannot flood memory or a report. */
    public static final int MAX_LISTED = 100;

    public GoldSet {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
        if (skipped < problems.size()) {
            throw new IllegalArgumentException("skipped (" + skipped + ") must count at least the listed problems (" + problems.size() + ")");
        }
    }

    /** The first {@code n} documents ({@code n >= 1}); the problems stay those of the whole file. */
    public GoldSet first(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, was " + n);
        }
        return new GoldSet(documents.subList(0, Math.min(n, documents.size())), skipped, problems);
    }

    /**
     * {@code n} documents drawn at random without replacement, kept in file order. The same
     * {@code seed} draws the same documents from the same file on any JVM ({@link Random}'s
     * sequence is specified). All documents when {@code n} is at least their number.
     */
    public GoldSet sample(int n, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, was " + n);
        }
        if (n >= documents.size()) {
            return this;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        List<Integer> drawn = new ArrayList<>(order.subList(0, n));
        Collections.sort(drawn);
        return new GoldSet(drawn.stream().map(documents::get).toList(), skipped, problems);
    }

    /** Collects documents and problems while a reader walks a file; confined to that reader's thread. */
    static final class Collector {
        private final List<GoldDocument> documents = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private int skipped;

        void add(GoldDocument document) {
            documents.add(document);
        }

        /** One item skipped, for the reason given (the message names where). */
        void skip(String message) {
            skip(1, message);
        }

        /** {@code count} items skipped for one reason, e.g. the gold events of an unreadable article. */
        void skip(int count, String message) {
            skipped += Math.max(1, count);
            if (problems.size() < MAX_LISTED) {
                problems.add(message);
            }
        }

        GoldSet build() {
            return new GoldSet(documents, skipped, problems);
        }
    }
}
