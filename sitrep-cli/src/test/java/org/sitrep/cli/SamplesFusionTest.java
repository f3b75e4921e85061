package org.sitrep.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.EventStore;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5: the ten samples tell ten different events in different places; fusion across articles
 * must merge none of them and no sample is a copy of another. Every event coded is stored as its own.
 */
class SamplesFusionTest {
    @TempDir
    Path tmp;

    @Test
    void theSamplesKeepEveryEventTheyCode() {
        Path db = tmp.resolve("samples.duckdb");
        Cli.Run run = Cli.sitrep("run", "--quiet", "--db", db.toString(), "samples");
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        Matcher coded = Pattern.compile("events coded\\s+(\\d+)").matcher(run.out());
        assertThat(coded.find()).as(run.out()).isTrue();
        assertThat(run.out()).contains("near-duplicates linked, not coded 0", "events joined to earlier events 0");
        try (EventStore store = EventStore.open(db)) {
            assertThat(store.eventCount()).isEqualTo(Long.parseLong(coded.group(1))).isGreaterThanOrEqualTo(10);
            assertThat(store.articleCount()).isEqualTo(10);
        }
    }
}
