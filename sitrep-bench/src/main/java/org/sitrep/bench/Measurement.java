package org.sitrep.bench;

/**
 * The figures for one workload, over its measured passes only (warm-up passes excluded).
 *
 * @param name the workload's name
 * @param articles articles processed in the measured passes (corpus size × passes)
 * @param tokens tokens in those articles as counted by CoreNLP's tokenizer in the baseline run
 * @param events events written (0 for workloads that make none)
 * @param wallSeconds wall-clock seconds of the measured passes, {@code > 0}
 * @param loadSeconds wall-clock seconds to load the models, reported but not part of throughput
 * @param peakHeapBytes highest heap use seen from model loading to the end of the last pass,
 *     garbage not yet collected included
 * @param peakLiveHeapBytes highest heap use right after a garbage collection in the same interval,
 *     closer to what the workload really holds than the peak, or 0 if no collection ran
 */
public record Measurement(String name, long articles, long tokens, long events, double wallSeconds,
                          double loadSeconds, long peakHeapBytes, long peakLiveHeapBytes) {
    public Measurement {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (articles < 0 || tokens < 0 || events < 0 || peakHeapBytes < 0 || peakLiveHeapBytes < 0) {
            throw new IllegalArgumentException("counts must be >= 0 (" + name + ")");
        }
        if (!(wallSeconds > 0) || !(loadSeconds >= 0)) {
            throw new IllegalArgumentException("wallSeconds must be > 0 and loadSeconds >= 0, were "
                    + wallSeconds + " and " + loadSeconds + " (" + name + ")");
        }
    }

    public double articlesPerSecond() {
        return articles / wallSeconds;
    }

    public double tokensPerSecond() {
        return tokens / wallSeconds;
    }

    /** The same measurement with the token count of another run over the same articles. */
    public Measurement withTokens(long tokenCount) {
        return new Measurement(name, articles, tokenCount, events, wallSeconds, loadSeconds, peakHeapBytes, peakLiveHeapBytes);
    }
}
