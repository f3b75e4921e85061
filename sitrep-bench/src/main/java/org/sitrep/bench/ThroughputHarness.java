package org.sitrep.bench;

import java.util.function.Consumer;

/**
 * Runs one {@link Workload} the same way every time: load (timed separately), warm-up passes
 * (not measured, so that the JIT has compiled the hot paths), then the measured passes.
 *
 * <p>Heap figures cover everything from the start of loading to the end of the last pass. The
 * harness asks for a full collection before it starts, so that garbage left by a workload measured
 * earlier in the same process is not counted against this one.
 */
public final class ThroughputHarness {
    private final HeapSampler heap;
    private final int warmupPasses;
    private final int measuredPasses;
    private final Consumer<String> progress;

    /**
     * @param heap the process's sampler
     * @param warmupPasses passes before measuring, {@code >= 0}
     * @param measuredPasses passes measured, {@code >= 1}
     * @param progress receives one line per phase (for stderr); never the report itself
     */
    public ThroughputHarness(HeapSampler heap, int warmupPasses, int measuredPasses, Consumer<String> progress) {
        if (heap == null || progress == null) {
            throw new IllegalArgumentException("heap and progress must not be null");
        }
        if (warmupPasses < 0) {
            throw new IllegalArgumentException("warm-up passes must be >= 0, was " + warmupPasses);
        }
        if (measuredPasses < 1) {
            throw new IllegalArgumentException("measured passes must be >= 1, was " + measuredPasses);
        }
        this.heap = heap;
        this.warmupPasses = warmupPasses;
        this.measuredPasses = measuredPasses;
        this.progress = progress;
    }

    /** Loads, warms up and measures {@code workload}; does not close it. */
    public Measurement measure(Workload workload) {
        // A benchmark edge, not library code: start each workload from a collected heap.
        System.gc();
        heap.reset();

        progress.accept(workload.name() + ": loading models");
        long start = System.nanoTime();
        workload.load();
        double loadSeconds = secondsSince(start);

        for (int i = 1; i <= warmupPasses; i++) {
            progress.accept(workload.name() + ": warm-up pass " + i + "/" + warmupPasses);
            workload.runPass();
        }

        long articles = 0;
        long tokens = 0;
        long events = 0;
        start = System.nanoTime();
        for (int i = 1; i <= measuredPasses; i++) {
            progress.accept(workload.name() + ": measured pass " + i + "/" + measuredPasses);
            PassResult pass = workload.runPass();
            articles += pass.articles();
            tokens += pass.tokens();
            events += pass.events();
        }
        double wallSeconds = secondsSince(start);
        return new Measurement(workload.name(), articles, tokens, events, wallSeconds, loadSeconds,
                heap.peakHeapBytes(), heap.peakLiveHeapBytes());
    }

    private static double secondsSince(long startNanos) {
        // A pass can never be measured as zero seconds, which would make the rates infinite.
        return Math.max(1L, System.nanoTime() - startNanos) / 1e9;
    }
}
