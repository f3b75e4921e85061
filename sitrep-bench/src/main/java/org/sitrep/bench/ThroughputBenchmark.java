package org.sitrep.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The whole {@code throughput} measurement in one process: read the corpus, measure the CoreNLP
 * baseline, release it, measure sitrep, and put both in one report.
 *
 * <p>The baseline runs first and is closed (its models freed, CoreNLP's annotator cache cleared)
 * before sitrep loads, so that neither reuses the other's models and the heap figures are each
 * workload's own. CoreNLP's classes stay loaded and JIT-compiled, so sitrep's model load time is
 * understated (seen here: 2 s after the baseline, 6 s in a fresh JVM); the throughput figures,
 * taken after warm-up passes, are not affected.
 */
public final class ThroughputBenchmark {
    private ThroughputBenchmark() {
    }

    /**
     * @param corpusDir directory of articles in any format sitrep's ingest reads
     * @param threads worker threads for both workloads, {@code >= 1}
     * @param warmupPasses passes before measuring, {@code >= 0}
     * @param measuredPasses passes measured, {@code >= 1}
     * @param progress receives a line per phase
     * @throws IllegalArgumentException if an argument is out of range or the corpus has no article
     */
    public static ThroughputReport run(Path corpusDir, int threads, int warmupPasses, int measuredPasses,
                                       Consumer<String> progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        Corpus corpus = Corpus.load(corpusDir);
        progress.accept("corpus " + corpusDir + ": " + corpus.articles().size() + " articles, "
                + corpus.issues().size() + " ingest issue(s)");
        try (HeapSampler heap = HeapSampler.start(Duration.ofMillis(20))) {
            ThroughputHarness harness = new ThroughputHarness(heap, warmupPasses, measuredPasses, progress);
            Measurement baseline;
            try (CoreNlpBaseline run = new CoreNlpBaseline(corpus.articles(), threads)) {
                baseline = harness.measure(run);
            }
            Measurement sitrep;
            try (SitrepRun run = new SitrepRun(corpusDir, threads)) {
                sitrep = harness.measure(run);
            }
            // Both made the same passes over the same articles: the baseline's tokenizer counted them.
            sitrep = sitrep.withTokens(baseline.tokens());
            return new ThroughputReport(corpusDir.toString(), corpus.articles().size(), threads,
                    warmupPasses, measuredPasses, baseline, sitrep);
        }
    }
}
