package org.sitrep.bench;

import java.util.List;
import java.util.Locale;

/**
 * The result of one {@code latency} run.
 *
 * @param dbFile the database file as given
 * @param events events stored in it
 * @param generated true when this run created the file
 * @param generationSeconds wall seconds of creating it; NaN when it was reused
 * @param fileBytes size of the file at the end
 * @param clients concurrent HTTP clients
 * @param queryConcurrency queries the server ran at once
 * @param warmupRequests unmeasured requests sent before measuring
 * @param thinkMillis each client's wait between a response and its next request, milliseconds
 * @param wallSeconds wall time of the measured HTTP phase
 * @param cpuSeconds CPU time of the whole process (server, clients, collectors) over the measured
 *     phase; NaN where the JVM does not report it
 * @param gcSeconds time the garbage collectors report over the measured phase (for G1: pauses)
 * @param server one row per request kind, over HTTP with {@code clients} clients
 * @param direct the same kinds run on the store directly, in one thread (the baseline)
 * @param slowest the slowest HTTP requests, slowest first: latency and path with query
 * @param peakHeapBytes highest heap use of the JVM over the run (clients, server and store), garbage included
 * @param peakLiveHeapBytes highest heap use right after a collection
 */
public record LatencyReport(String dbFile, long events, boolean generated, double generationSeconds, long fileBytes,
                            int clients, int queryConcurrency, int warmupRequests, long thinkMillis, double wallSeconds,
                            double cpuSeconds, double gcSeconds, List<LatencyStats> server, List<LatencyStats> direct, List<String> slowest,
                            long peakHeapBytes, long peakLiveHeapBytes) {
    /** The project's target: p99 below this, per kind, over HTTP. */
    public static final double TARGET_P99_MS = 100.0;
    private static final double MB = 1024.0 * 1024.0;

    public LatencyReport {
        server = List.copyOf(server);
        direct = List.copyOf(direct);
        slowest = List.copyOf(slowest);
    }

    /** CPU milliseconds the process spent per measured HTTP request (server and client sides together). */
    public double cpuMillisPerRequest() {
        int requests = server.stream().mapToInt(LatencyStats::count).sum();
        return requests == 0 ? Double.NaN : cpuSeconds * 1000 / requests;
    }

    /** Failed requests over HTTP, all kinds. */
    public int errors() {
        return server.stream().mapToInt(LatencyStats::errors).sum();
    }

    /** A table for a terminal, ending with a newline; numbers in {@link Locale#ROOT}. */
    public String toTable() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "database %s: %d events, %.0f MB%s%n", dbFile, events, fileBytes / 1e6,
                generated ? String.format(Locale.ROOT, ", generated in %.1f s", generationSeconds) : " (reused)"));
        out.append(String.format(Locale.ROOT, "%d clients on loopback, think time %d ms, %d warm-up requests, measured phase %.1f s,"
                + " %d processors, %d queries at once in the server%n", clients, thinkMillis, warmupRequests, wallSeconds,
                Runtime.getRuntime().availableProcessors(), queryConcurrency));
        out.append(String.format(Locale.ROOT, "%-8s %-18s %7s %7s %9s %9s %9s %9s %9s%n",
                "via", "request", "count", "errors", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms"));
        for (LatencyStats s : server) {
            out.append(row("http", s));
        }
        for (LatencyStats s : direct) {
            out.append(row("direct", s));
        }
        out.append(String.format(Locale.ROOT, "measured phase: process CPU %.1f s (%.2f ms per request, clients included),"
                + " garbage collection %.2f s%n", cpuSeconds, cpuMillisPerRequest(), gcSeconds));
        for (LatencyStats s : server) {
            LatencyStats d = direct.stream().filter(x -> x.name().equals(s.name())).findFirst().orElse(null);
            out.append(String.format(Locale.ROOT, "%s: http p99 %.1f ms (target < %.0f ms: %s)%s%n", s.name(), s.p99Ms(),
                    TARGET_P99_MS, s.p99Ms() < TARGET_P99_MS ? "met" : "MISSED",
                    d == null ? "" : String.format(Locale.ROOT, ", direct p99 %.1f ms, ratio %.1fx", d.p99Ms(), s.p99Ms() / d.p99Ms())));
        }
        out.append("slowest requests:").append(System.lineSeparator());
        for (String line : slowest) {
            out.append("  ").append(line).append(System.lineSeparator());
        }
        out.append(String.format(Locale.ROOT, "peak heap %.0f MB (after GC %.0f MB)%n", peakHeapBytes / MB, peakLiveHeapBytes / MB));
        return out.toString();
    }

    private static String row(String via, LatencyStats s) {
        return String.format(Locale.ROOT, "%-8s %-18s %7d %7d %9.1f %9.1f %9.1f %9.1f %9.1f%n",
                via, s.name(), s.count(), s.errors(), s.throughput(), s.p50Ms(), s.p90Ms(), s.p99Ms(), s.maxMs());
    }

    /** One JSON object on one line, ending with a newline; numbers that are not finite are {@code null}. */
    public String toJson() {
        return "{\"dbFile\":" + string(dbFile)
                + ",\"events\":" + events
                + ",\"generated\":" + generated
                + ",\"generationSeconds\":" + number(generationSeconds)
                + ",\"fileMb\":" + number(fileBytes / 1e6)
                + ",\"clients\":" + clients
                + ",\"queryConcurrency\":" + queryConcurrency
                + ",\"warmupRequests\":" + warmupRequests
                + ",\"thinkMs\":" + thinkMillis
                + ",\"wallSeconds\":" + number(wallSeconds)
                + ",\"cpuSeconds\":" + number(cpuSeconds)
                + ",\"cpuMsPerRequest\":" + number(cpuMillisPerRequest())
                + ",\"gcSeconds\":" + number(gcSeconds)
                + ",\"processors\":" + Runtime.getRuntime().availableProcessors()
                + ",\"http\":" + json(server)
                + ",\"direct\":" + json(direct)
                + ",\"slowest\":[" + String.join(",", slowest.stream().map(LatencyReport::string).toList()) + "]"
                + ",\"peakHeapMb\":" + number(peakHeapBytes / MB)
                + ",\"peakAfterGcHeapMb\":" + number(peakLiveHeapBytes / MB)
                + "}\n";
    }

    private static String json(List<LatencyStats> rows) {
        StringBuilder out = new StringBuilder("[");
        for (LatencyStats s : rows) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append("{\"name\":").append(string(s.name()))
                    .append(",\"count\":").append(s.count())
                    .append(",\"errors\":").append(s.errors())
                    .append(",\"throughput\":").append(number(s.throughput()))
                    .append(",\"p50Ms\":").append(number(s.p50Ms()))
                    .append(",\"p90Ms\":").append(number(s.p90Ms()))
                    .append(",\"p99Ms\":").append(number(s.p99Ms()))
                    .append(",\"maxMs\":").append(number(s.maxMs()))
                    .append('}');
        }
        return out.append(']').toString();
    }

    private static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "null";
    }

    /** Names and paths here are plain text; quotes, backslashes and control characters are escaped. */
    private static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
