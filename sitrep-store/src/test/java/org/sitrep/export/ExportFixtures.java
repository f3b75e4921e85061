package org.sitrep.export;

import org.sitrep.geo.Countries;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.Fixtures;
import org.sitrep.store.StoredEvent;

import java.nio.file.Path;
import java.util.List;

/** Stored events for the exporter tests: the store fixtures saved into a real DuckDB file and read back. */
final class ExportFixtures {
    private ExportFixtures() {}

    static List<StoredEvent> storedEvents(Path dir) {
        try (EventStore store = EventStore.open(dir.resolve("export.duckdb"), Fixtures.CLOCK)) {
            store.saveAll(Fixtures.all());
            return store.events(EventQuery.all());
        }
    }

    static StoredEvent byId(List<StoredEvent> events, String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    /** A two-country table of our own, so the tests do not depend on the bundled data's details. */
    static Countries countries() {
        return Countries.fromLines(
                List.of("IQ\tIRQ\t368\tIraq\tAS\t40000000\t33.34\t44.40",
                        "SY\tSYR\t760\tSyria\tAS\t22000000\t33.51\t36.29"),
                List.of(), List.of());
    }
}
