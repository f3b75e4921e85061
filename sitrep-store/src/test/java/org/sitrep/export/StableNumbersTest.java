package org.sitrep.export;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class StableNumbersTest {
    @Test
    void numbersAreDeterministicInRangeAndRarelyCollide() {
        Random random = new Random(20200509L);
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = Long.toHexString(random.nextLong());
            long n = StableNumbers.of(id);
            assertThat(n).isBetween(1L, StableNumbers.BOUND - 1);
            assertThat(StableNumbers.of(id)).isEqualTo(n);
            seen.add(n);
        }
        assertThat(seen).hasSizeGreaterThan(9_990);
    }
}
