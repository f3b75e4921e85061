package org.sitrep.bench;

import org.sitrep.model.Article;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
        return run(corpusDir, threads, warmupPasses, measuredPasses, Integer.MAX_VALUE, false, progress);
    }

    /**
     * As {@link #run(Path, int, int, int, Consumer)}, with the baseline measured on an evenly spread
     * sample of {@code baselineArticles} articles ({@link Corpus#sample}) while sitrep codes the
     * whole corpus: CoreNLP is slow enough that a large corpus would take it an hour. The ratio is
     * then one of articles/s over different article counts; sitrep's token count is then that of
     * CoreNLP's tokenizer over the whole corpus, counted apart.
     *
     * <p>With {@code sitrepFirst}, sitrep is measured before the baseline, in a fresh JVM: its load
     * seconds are then the start-up a user sees (and the baseline's are the understated ones).
     *
     * @param baselineArticles articles of the baseline's sample, {@code >= 1}
     * @param sitrepFirst measure sitrep first
     */
    public static ThroughputReport run(Path corpusDir, int threads, int warmupPasses, int measuredPasses,
                                       int baselineArticles, boolean sitrepFirst, Consumer<String> progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        Corpus corpus = Corpus.load(corpusDir);
        progress.accept("corpus " + corpusDir + ": " + corpus.articles().size() + " articles, "
                + corpus.issues().size() + " ingest issue(s)");
        List<Article> baselineSample = corpus.sample(baselineArticles);
        boolean sampled = baselineSample.size() < corpus.articles().size();
        try (HeapSampler heap = HeapSampler.start(Duration.ofMillis(20))) {
            ThroughputHarness harness = new ThroughputHarness(heap, warmupPasses, measuredPasses, progress);
            if (sampled) {
                progress.accept("baseline on " + baselineSample.size() + " of " + corpus.articles().size() + " articles");
            }
            Measurement sitrep = sitrepFirst ? measureSitrep(harness, corpusDir, threads) : null;
            Measurement baseline;
            try (CoreNlpBaseline run = new CoreNlpBaseline(baselineSample, threads)) {
                baseline = harness.measure(run);
            }
            if (!sitrepFirst) {
                sitrep = measureSitrep(harness, corpusDir, threads);
            }
            long corpusTokens = sampled ? CoreNlpBaseline.countTokens(corpus.articles()) : -1;
            // Both made the same passes: the baseline's tokenizer counted the tokens (of its sample: so count the corpus).
            sitrep = sitrep.withTokens(sampled ? corpusTokens * measuredPasses : baseline.tokens());
            return new ThroughputReport(corpusDir.toString(), corpus.articles().size(), threads,
                    warmupPasses, measuredPasses, baseline, sitrep);
        }
    }

    private static Measurement measureSitrep(ThroughputHarness harness, Path corpusDir, int threads) {
        try (SitrepRun run = new SitrepRun(corpusDir, threads)) {
            return harness.measure(run);
        }
    }
}
