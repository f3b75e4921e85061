package org.sitrep.bench;

import java.util.Arrays;

/**
 * Latency figures of one request kind in one setting (over HTTP, or direct on the store).
 *
 * @param name what was measured, e.g. {@code "events page"}
 * @param count requests completed (errors included)
 * @param errors requests that failed: an exception, or an HTTP status other than 200
 * @param throughput completed requests per second of the measured phase's wall time
 * @param p50Ms median latency, milliseconds
 * @param p90Ms 90th percentile, milliseconds
 * @param p99Ms 99th percentile, milliseconds
 * @param maxMs slowest request, milliseconds
 */
public record LatencyStats(String name, int count, int errors, double throughput,
                           double p50Ms, double p90Ms, double p99Ms, double maxMs) {
    /**
     * The figures of {@code nanos} (one latency per request, any order; not modified).
     * Percentiles are nearest-rank: the smallest latency at or above that share of requests.
     *
     * @param wallSeconds the wall time the requests were spread over, for the throughput
     */
    public static LatencyStats of(String name, long[] nanos, int errors, double wallSeconds) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new LatencyStats(name, sorted.length, errors, wallSeconds > 0 ? sorted.length / wallSeconds : 0,
                percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
