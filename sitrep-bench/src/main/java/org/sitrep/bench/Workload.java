package org.sitrep.bench;

/**
 * One thing the harness measures: a pipeline that loads its models once and then makes passes over
 * a fixed corpus. Used by one thread at a time (a workload may run its own worker threads inside
 * {@link #runPass}).
 *
 * <p>Lifecycle: {@link #load} once, then any number of {@link #runPass}, then {@link #close},
 * which must release the models so that the next workload measured in the same process does not
 * share them or their heap.
 */
public interface Workload extends AutoCloseable {
    /** Short name for the report, e.g. {@code "CoreNLP baseline"}. */
    String name();

    /** Loads models and builds everything a pass needs; not part of the measured throughput. */
    void load();

    /**
     * Processes every article of the corpus once. Every pass does the same work (no caching of
     * results between passes).
     *
     * @throws IllegalStateException if called before {@link #load} or after {@link #close}
     */
    PassResult runPass();

    /** Releases models, threads and temporary files. Idempotent. */
    @Override
    void close();
}
