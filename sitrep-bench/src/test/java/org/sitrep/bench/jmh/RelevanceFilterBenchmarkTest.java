package org.sitrep.bench.jmh;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's inputs mean what its javadoc says; its speed is JMH's business. */
class RelevanceFilterBenchmarkTest {
    @Test
    void theConflictArticlePassesAndTheSportArticleIsRejected() {
        RelevanceFilterBenchmark benchmark = new RelevanceFilterBenchmark();
        benchmark.setUp();

        assertThat(benchmark.conflictArticle()).isTrue();
        assertThat(benchmark.sportArticle()).isFalse();
        assertThat(benchmark.other.text().split("\\s+").length).isGreaterThan(250);
    }
}
