package org.sitrep.bench;

import java.util.Locale;

/**
 * The result of one {@code throughput} run: the baseline's and sitrep's figures over the same
 * corpus, and how many times sitrep's article rate the baseline's is.
 *
 * @param corpus the corpus directory as given
 * @param corpusArticles articles in the corpus (one pass)
 * @param threads worker threads of both workloads
 * @param warmupPasses passes run before measuring
 * @param measuredPasses passes measured
 * @param baseline CoreNLP alone
 * @param sitrep sitrep end to end
 */
public record ThroughputReport(String corpus, int corpusArticles, int threads, int warmupPasses,
                               int measuredPasses, Measurement baseline, Measurement sitrep) {
    private static final double MB = 1024.0 * 1024.0;

    public ThroughputReport {
        if (corpus == null || baseline == null || sitrep == null) {
            throw new IllegalArgumentException("corpus, baseline and sitrep must not be null");
        }
    }

    /** sitrep's articles/s divided by the baseline's; above 1 means sitrep is faster. */
    public double ratio() {
        return sitrep.articlesPerSecond() / baseline.articlesPerSecond();
    }

    /** A fixed-width table for a terminal, ending with a newline. Numbers use {@link Locale#ROOT}. */
    public String toTable() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT,
                "corpus %s: %d articles, %d threads, %d warm-up pass(es), %d measured pass(es)%n",
                corpus, corpusArticles, threads, warmupPasses, measuredPasses));
        out.append(String.format(Locale.ROOT, "%-18s %9s %10s %9s %11s %10s %8s %13s %13s %8s%n",
                "run", "articles", "tokens", "wall s", "articles/s", "tokens/s", "events",
                "peak heap MB", "after-GC MB", "load s"));
        out.append(row(baseline, false));
        out.append(row(sitrep, true));
        if (baseline.articles() != sitrep.articles()) {
            out.append("(the baseline ran on an evenly spread sample of the corpus; the ratio compares articles/s)\n");
        }
        out.append(String.format(Locale.ROOT, "ratio sitrep/baseline (articles/s): %.2fx%n", ratio()));
        return out.toString();
    }

    private static String row(Measurement m, boolean showEvents) {
        return String.format(Locale.ROOT, "%-18s %9d %10d %9.2f %11.2f %10.1f %8s %13.0f %13.0f %8.2f%n",
                m.name(), m.articles(), m.tokens(), m.wallSeconds(), m.articlesPerSecond(), m.tokensPerSecond(),
                showEvents ? Long.toString(m.events()) : "-", m.peakHeapBytes() / MB, m.peakLiveHeapBytes() / MB,
                m.loadSeconds());
    }

    /** One JSON object on one line, ending with a newline; a ratio that is not finite is {@code null}. */
    public String toJson() {
        return "{\"corpus\":" + string(corpus)
                + ",\"corpusArticles\":" + corpusArticles
                + ",\"threads\":" + threads
                + ",\"warmupPasses\":" + warmupPasses
                + ",\"measuredPasses\":" + measuredPasses
                + ",\"baseline\":" + json(baseline)
                + ",\"sitrep\":" + json(sitrep)
                + ",\"ratio\":" + number(ratio())
                + "}\n";
    }

    private static String json(Measurement m) {
        return "{\"name\":" + string(m.name())
                + ",\"articles\":" + m.articles()
                + ",\"tokens\":" + m.tokens()
                + ",\"events\":" + m.events()
                + ",\"wallSeconds\":" + number(m.wallSeconds())
                + ",\"articlesPerSecond\":" + number(m.articlesPerSecond())
                + ",\"tokensPerSecond\":" + number(m.tokensPerSecond())
                + ",\"peakHeapMb\":" + number(m.peakHeapBytes() / MB)
                + ",\"peakAfterGcHeapMb\":" + number(m.peakLiveHeapBytes() / MB)
                + ",\"loadSeconds\":" + number(m.loadSeconds())
                + "}";
    }

    private static String number(double value) {
        // JSON has no NaN or Infinity; three decimals are more than the measurement's precision.
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "null";
    }

    private static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
