package org.sitrep.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ThroughputReportTest {
    private static final long MB = 1024L * 1024L;

    // Fixed numbers: baseline 30 articles in 10 s = 3/s; sitrep 30 articles in 2.5 s = 12/s.
    private static final Measurement BASELINE = new Measurement("CoreNLP baseline", 30, 12_000, 0, 10.0, 12.5, 2500 * MB, 1800 * MB);
    private static final Measurement SITREP = new Measurement("sitrep", 30, 0, 45, 2.5, 9.25, 2100 * MB, 1500 * MB)
            .withTokens(12_000);

    private static ThroughputReport report() {
        return new ThroughputReport("samples", 10, 2, 1, 3, BASELINE, SITREP);
    }

    @Test
    void ratesAndRatioFollowFromTheCounts() {
        assertThat(BASELINE.articlesPerSecond()).isCloseTo(3.0, within(1e-9));
        assertThat(BASELINE.tokensPerSecond()).isCloseTo(1200.0, within(1e-9));
        assertThat(SITREP.articlesPerSecond()).isCloseTo(12.0, within(1e-9));
        assertThat(SITREP.tokensPerSecond()).isCloseTo(4800.0, within(1e-9));
        assertThat(report().ratio()).isCloseTo(4.0, within(1e-9));
    }

    @Test
    void tableHasAHeaderARowPerRunAndTheRatio() {
        String table = report().toTable();

        assertThat(table.lines().toList()).containsExactly(
                "corpus samples: 10 articles, 2 threads, 1 warm-up pass(es), 3 measured pass(es)",
                "run                 articles     tokens    wall s  articles/s   tokens/s   events  peak heap MB   after-GC MB   load s",
                "CoreNLP baseline          30      12000     10.00        3.00     1200.0        -          2500          1800    12.50",
                "sitrep                    30      12000      2.50       12.00     4800.0       45          2100          1500     9.25",
                "ratio sitrep/baseline (articles/s): 4.00x");
    }

    @Test
    void jsonHasEveryFigureOnOneLine() {
        String json = report().toJson();

        assertThat(json).endsWith("}\n").doesNotContain("\n{");
        assertThat(json).startsWith("{\"corpus\":\"samples\",\"corpusArticles\":10,\"threads\":2,\"warmupPasses\":1,\"measuredPasses\":3,");
        assertThat(json).contains("\"baseline\":{\"name\":\"CoreNLP baseline\",\"articles\":30,\"tokens\":12000,\"events\":0,"
                + "\"wallSeconds\":10.000,\"articlesPerSecond\":3.000,\"tokensPerSecond\":1200.000,"
                + "\"peakHeapMb\":2500.000,\"peakAfterGcHeapMb\":1800.000,\"loadSeconds\":12.500}");
        assertThat(json).contains("\"sitrep\":{\"name\":\"sitrep\",\"articles\":30,\"tokens\":12000,\"events\":45,");
        assertThat(json).endsWith(",\"ratio\":4.000}\n");
    }

    @Test
    void jsonEscapesTheCorpusPath() {
        ThroughputReport report = new ThroughputReport("C:\\news \"2024\"", 10, 2, 1, 3, BASELINE, SITREP);

        assertThat(report.toJson()).startsWith("{\"corpus\":\"C:\\\\news \\\"2024\\\"\",");
    }

    @Test
    void ratioThatIsNotFiniteIsNullInJson() {
        Measurement nothing = new Measurement("CoreNLP baseline", 0, 0, 0, 1.0, 0.0, 0, 0);
        ThroughputReport report = new ThroughputReport("x", 0, 1, 0, 1, nothing, SITREP);

        assertThat(report.toJson()).endsWith(",\"ratio\":null}\n");
    }

    @Test
    void measurementRejectsZeroWallTimeAndNegativeCounts() {
        assertThatThrownBy(() -> new Measurement("x", 1, 1, 0, 0.0, 0.0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wallSeconds");
        assertThatThrownBy(() -> new Measurement("x", -1, 1, 0, 1.0, 0.0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(">= 0");
    }
}
