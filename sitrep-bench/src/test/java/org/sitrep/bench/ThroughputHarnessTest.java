package org.sitrep.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ThroughputHarnessTest {
    /** Counts calls; every pass "processes" 4 articles of 100 tokens. */
    private static final class CountingWorkload implements Workload {
        int loads;
        int passes;

        @Override
        public String name() {
            return "fake";
        }

        @Override
        public void load() {
            loads++;
        }

        @Override
        public PassResult runPass() {
            if (loads == 0) {
                throw new IllegalStateException("not loaded");
            }
            passes++;
            return new PassResult(4, 400, 2);
        }

        @Override
        public void close() {
        }
    }

    @Test
    void loadsOnceWarmsUpAndCountsOnlyTheMeasuredPasses() {
        List<String> progress = new ArrayList<>();
        CountingWorkload workload = new CountingWorkload();
        Measurement m;
        try (HeapSampler heap = HeapSampler.start(Duration.ofMillis(5))) {
            m = new ThroughputHarness(heap, 2, 3, progress::add).measure(workload);
        }

        assertThat(workload.loads).isEqualTo(1);
        assertThat(workload.passes).isEqualTo(5);
        assertThat(m.name()).isEqualTo("fake");
        assertThat(m.articles()).isEqualTo(12);
        assertThat(m.tokens()).isEqualTo(1200);
        assertThat(m.events()).isEqualTo(6);
        assertThat(m.wallSeconds()).isPositive();
        assertThat(m.loadSeconds()).isNotNegative();
        assertThat(m.peakHeapBytes()).isPositive();
        assertThat(progress).containsExactly("fake: loading models", "fake: warm-up pass 1/2", "fake: warm-up pass 2/2",
                "fake: measured pass 1/3", "fake: measured pass 2/3", "fake: measured pass 3/3");
    }

    @Test
    void rejectsPassCountsOutOfRange() {
        try (HeapSampler heap = HeapSampler.start(Duration.ofMillis(5))) {
            assertThatThrownBy(() -> new ThroughputHarness(heap, -1, 1, s -> { }))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
            assertThatThrownBy(() -> new ThroughputHarness(heap, 0, 0, s -> { }))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("measured passes");
        }
    }
}
