package org.sitrep.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class HeapSamplerTest {
    @Test
    void peakCoversAnAllocationMadeAfterReset() {
        try (HeapSampler heap = HeapSampler.start(Duration.ofMillis(5))) {
            // A collection first, so that the peak at reset is the live heap: garbage that the
            // block's allocation would free could otherwise keep the use under that peak.
            System.gc();
            heap.reset();
            long before = heap.peakHeapBytes();
            byte[] block = new byte[64 * 1024 * 1024];
            block[block.length - 1] = 1;

            // The allocation is still reachable here, so the current use already counts it.
            assertThat(heap.peakHeapBytes()).isGreaterThanOrEqualTo(before + block.length / 2);
            assertThat(block[block.length - 1]).isEqualTo((byte) 1);
        }
    }
}
