package org.sitrep.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.geo.Countries;
import org.sitrep.geo.GeoNamesDump;
import org.sitrep.geo.GeoNamesRow;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code gazetteer_places}: GeoNames rows upserted by geonameid, read back whole. */
class PlaceImportTest {
    /** The core module's hand-written dump (tests run in the repository root). */
    static final Path FIXTURE = Path.of("sitrep-core/src/test/resources/org/sitrep/geo/geonames-dump/IQ-fixture.txt");

    @TempDir
    Path dir;

    private EventStore open() {
        return EventStore.open(dir.resolve("sitrep.duckdb"), Fixtures.CLOCK);
    }

    private static GeoNamesDump.FileReport importFixture(EventStore store) {
        return store.importPlaces(sink -> GeoNamesDump.read(FIXTURE, Countries.bundled(), sink::accept));
    }

    @Test
    void storesTheKeptRowsWithEveryFieldAndReimportingChangesNothing() {
        List<GeoNamesRow> first;
        try (EventStore store = open()) {
            GeoNamesDump.FileReport report = importFixture(store);
            assertThat(report.kept()).isEqualTo(4);
            assertThat(store.importedPlaceCount()).isEqualTo(4);
            first = store.importedPlaces();
        }
        List<GeoNamesRow> read = new java.util.ArrayList<>();
        GeoNamesDump.read(FIXTURE, Countries.bundled(), read::add);
        assertThat(first).containsExactlyElementsOf(read.stream()
                .sorted(java.util.Comparator.comparingLong(GeoNamesRow::geonameId)).toList());
        try (EventStore store = open()) {
            importFixture(store);
            assertThat(store.importedPlaceCount()).isEqualTo(4);
            assertThat(store.importedPlaces()).isEqualTo(first);
        }
    }

    @Test
    void aLaterRowOfTheSameIdReplacesTheEarlierAcrossBatches() {
        int n = EventStore.PLACE_BATCH + 1_000;
        try (EventStore store = open()) {
            store.importPlaces(sink -> {
                for (int i = 1; i <= n; i++) {
                    sink.accept(row(i, "Old " + i));
                }
                sink.accept(row(1, "New 1")); // in the second batch
                sink.accept(row(n, "Newer")); // twice in one batch: the last wins
                sink.accept(row(n, "Newest"));
                return null;
            });
            assertThat(store.importedPlaceCount()).isEqualTo(n);
            List<GeoNamesRow> rows = store.importedPlaces();
            assertThat(rows.get(0).name()).isEqualTo("New 1");
            assertThat(rows.get(1).name()).isEqualTo("Old 2");
            assertThat(rows.get(n - 1).name()).isEqualTo("Newest");
        }
    }

    private static GeoNamesRow row(long id, String name) {
        return new GeoNamesRow(id, name, name, "", 36, 43, "P", "PPL", "IQ", "15", "", 0);
    }

    @Test
    void aDatabaseWrittenBeforeTheTableExistedOpensAndGetsIt() throws Exception {
        Path db = dir.resolve("old.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)");
            s.execute("INSERT INTO schema_version VALUES (1, TIMESTAMP '2026-01-01 00:00:00')");
        }
        try (EventStore store = EventStore.open(db, Fixtures.CLOCK)) {
            assertThat(store.importedPlaceCount()).isZero();
            assertThat(store.importedPlaces()).isEmpty();
            importFixture(store);
            assertThat(store.importedPlaceCount()).isEqualTo(4);
        }
    }
}
