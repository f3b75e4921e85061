package org.sitrep.bench;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * END-TO-END, SLOW (about 30-60 s): loads CoreNLP's models twice (the baseline's, then sitrep's)
 * and runs one pass of each over a corpus of two articles. Asserts that the harness produces
 * figures, never how fast they are: speed is measured with {@code BenchMain throughput}, not in
 * tests. Needs about 3 GB of heap (surefire runs with -Xmx4g).
 */
@Tag("end-to-end")
@DisplayName("throughput harness end to end on two articles (slow: loads CoreNLP twice)")
class ThroughputEndToEndTest {
    private static final String FIRST = """
            URL: https://bench-fixture.test/2024/02/14/rutba-bomb
            Source: Bench Fixture
            Published: 2024-02-14

            Roadside bomb kills two soldiers near Rutba

            Two Iraqi soldiers were killed and three others wounded on Tuesday when a roadside bomb exploded beside their patrol near Rutba, in Anbar province, security officials said.

            Islamic State claimed the bombing in a statement late on Tuesday.
            """;
    private static final String SECOND = """
            URL: https://bench-fixture.test/2024/03/02/baghdad-protest
            Source: Bench Fixture
            Published: 2024-03-02

            Protesters rally in Baghdad

            Hundreds of protesters gathered in Tahrir Square in Baghdad on Friday to demand jobs and better electricity supply, witnesses said.

            Police arrested five protesters after clashes near the square.
            """;

    @Test
    void producesPositiveThroughputForBothRunsAndARatio(@TempDir Path corpus) throws IOException {
        Files.writeString(corpus.resolve("01_rutba.txt"), FIRST, StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("02_baghdad.txt"), SECOND, StandardCharsets.UTF_8);
        List<String> progress = new ArrayList<>();

        ThroughputReport report = ThroughputBenchmark.run(corpus, 1, 0, 1, progress::add);

        assertThat(report.corpusArticles()).isEqualTo(2);
        for (Measurement m : List.of(report.baseline(), report.sitrep())) {
            assertThat(m.articles()).as(m.name()).isEqualTo(2);
            assertThat(m.tokens()).as(m.name()).isGreaterThan(50);
            assertThat(m.articlesPerSecond()).as(m.name()).isPositive();
            assertThat(m.tokensPerSecond()).as(m.name()).isPositive();
            assertThat(m.loadSeconds()).as(m.name()).isPositive();
            assertThat(m.peakHeapBytes()).as(m.name()).isPositive();
        }
        assertThat(report.ratio()).isPositive().isFinite();
        assertThat(report.toTable()).contains("CoreNLP baseline", "sitrep", "ratio sitrep/baseline");
        assertThat(report.toJson()).contains("\"ratio\":");
        assertThat(progress).contains("sitrep: measured pass 1/1");
    }
}
