package org.sitrep.cli;

import org.sitrep.cli.Cli.Run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoredEvent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 2's acceptance, through the command as users run it: the seeds beside a binary file, an
 * empty file and a truncated HTML page; the run names the bad files, exits 1 and stores the six
 * seed events; a second run adds nothing; the exports parse.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunExportEndToEndTest {
    private static final Path SEEDS = Path.of("../shared/seeds");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Static so that it exists before {@link #runOnSeedsAndBadFiles}, which all tests share. */
    @TempDir
    static Path tmp;
    private Path db;
    private Path input;
    private Run first;

    @BeforeAll
    void runOnSeedsAndBadFiles() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds is not beside the checkout");
        input = Files.createDirectories(tmp.resolve("input"));
        for (Path seed : Files.list(SEEDS).filter(p -> p.toString().endsWith(".txt")).toList()) {
            Files.copy(seed, input.resolve(seed.getFileName()));
        }
        byte[] binary = new byte[4096];
        new Random(2).nextBytes(binary);
        binary[10] = 0;
        Files.write(input.resolve("photo.jpg"), binary);
        Files.write(input.resolve("empty.txt"), new byte[0]);
        Files.writeString(input.resolve("cut.html"), "<!doctype html><html><head><title>Clashes in", StandardCharsets.UTF_8);
        db = tmp.resolve("events.duckdb");
        first = Cli.sitrep("run", "--db", db.toString(), input.toString());
    }

    @Test
    void badFilesAreNamedAndTheRunExitsOne() {
        assertThat(first.exit()).as(first.err()).isEqualTo(SitrepMain.EXIT_SKIPPED);
        assertThat(first.out()).contains("photo.jpg", "empty.txt", "cut.html");
    }

    @Test
    void theSeedEventsAreStoredAndASecondRunAddsNothing() {
        List<StoredEvent> before = events();
        assertThat(before).hasSize(6);
        Run again = Cli.sitrep("run", "--db", db.toString(), input.toString());
        assertThat(again.exit()).isEqualTo(SitrepMain.EXIT_SKIPPED);
        assertThat(again.out()).contains("already stored       2");
        assertThat(again.err()).as("nothing left to code, so no model is loaded").doesNotContain("loading models");
        assertThat(events()).extracting(StoredEvent::id).containsExactlyElementsOf(before.stream().map(StoredEvent::id).toList());
    }

    @Test
    void ploverExportIsJsonLinesWithSizes() throws IOException {
        Path out = tmp.resolve("events.plover.jsonl");
        assertThat(Cli.sitrep("export", "--db", db.toString(), "--format", "plover", "--out", out.toString()).exit()).isZero();
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(6);
        int arrested = 0;
        for (String line : lines) {
            JsonNode n = JSON.readTree(line);
            assertThat(n.isObject()).isTrue();
            assertThat(n.has("dead") && n.has("injured") && n.has("arrested")).as(line).isTrue();
            arrested += n.get("arrested").asInt();
        }
        assertThat(arrested).isEqualTo(10);
    }

    @Test
    void geoJsonHasOnePointPerLocatedEvent() throws IOException {
        Run export = Cli.sitrep("export", "--db", db.toString(), "--format", "geojson");
        assertThat(export.exit()).isZero();
        JsonNode fc = JSON.readTree(export.out());
        assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
        long located = events().stream().filter(StoredEvent::hasCoordinates).count();
        assertThat(located).isEqualTo(6);
        assertThat(fc.get("features")).hasSize((int) located);
        for (JsonNode f : fc.get("features")) {
            assertThat(f.get("geometry").get("type").asText()).isEqualTo("Point");
            double lon = f.get("geometry").get("coordinates").get(0).asDouble();
            double lat = f.get("geometry").get("coordinates").get(1).asDouble();
            // All six seed events are in Iraq: lon/lat order, not lat/lon.
            assertThat(lon).isBetween(38.0, 49.0);
            assertThat(lat).isBetween(29.0, 38.0);
        }
    }

    @Test
    void acledExportHasTheThirtyOneColumnsAndTheSixEvents() {
        Run export = Cli.sitrep("export", "--db", db.toString(), "--format", "acled", "--type", "Arrests");
        assertThat(export.exit()).isZero();
        String[] lines = export.out().split("\r?\n");
        assertThat(lines[0].split(",")).hasSize(31).startsWith("data_id", "iso").endsWith("iso3");
        assertThat(lines).hasSize(1 + 4);
        assertThat(export.out()).contains("Islamic State", "Iraqi Security Forces", "Nineveh", "Al Anbar");
    }

    @Test
    void parquetExportIsFilteredLikeEventsAndReadsBackTyped() throws Exception {
        Path out = tmp.resolve("arrests.parquet");
        Run export = Cli.sitrep("export", "--db", db.toString(), "--format", "parquet", "--type", "Arrests",
                "--admin1", "Nineveh", "--out", out.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.err()).contains("wrote 3 event(s)");
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:"); var s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*), sum(arrested), min(sub_event_type), max(admin1), "
                     + "min(typeof(event_date)), min(len(evidence)) FROM read_parquet('" + out + "')")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(3);
            assertThat(rs.getLong(2)).isEqualTo(events().stream()
                    .filter(e -> e.type().acledName().equals("Arrests") && "Nineveh".equals(e.admin1()))
                    .mapToLong(StoredEvent::arrested).sum());
            assertThat(rs.getString(3)).isEqualTo("Arrests");
            assertThat(rs.getString(4)).isEqualTo("Nineveh");
            assertThat(rs.getString(5)).isEqualTo("DATE");
            assertThat(rs.getLong(6)).isPositive();
        }
        assertThat(Cli.sitrep("export", "--db", db.toString(), "--format", "parquet").exit())
                .as("Parquet needs --out").isEqualTo(SitrepMain.EXIT_USAGE);
    }

    @Test
    void gdeltExportWritesTheEventsAndMentionsTables() throws IOException {
        Path prefix = tmp.resolve("gdelt");
        Run export = Cli.sitrep("export", "--db", db.toString(), "--format", "gdelt", "--out", prefix.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        List<String> events = Files.readAllLines(tmp.resolve("gdelt.export.CSV"), StandardCharsets.UTF_8);
        List<String> mentions = Files.readAllLines(tmp.resolve("gdelt.mentions.CSV"), StandardCharsets.UTF_8);
        assertThat(events).hasSize(6).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(61));
        assertThat(mentions).hasSizeGreaterThanOrEqualTo(6).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(16));
        // Every mention points at an event of the events table; every event's place is in Iraq (FIPS IZ).
        List<String> ids = events.stream().map(line -> line.split("\t", -1)[0]).toList();
        assertThat(mentions).allSatisfy(line -> assertThat(ids).contains(line.split("\t", -1)[0]));
        assertThat(events).allSatisfy(line -> assertThat(line.split("\t", -1)[53]).isEqualTo("IZ"));
        assertThat(Cli.sitrep("export", "--db", db.toString(), "--format", "gdelt").exit()).isEqualTo(SitrepMain.EXIT_USAGE);
    }

    @Test
    void eventsCommandFiltersAndUsageErrorsExitTwo() {
        Run arrests = Cli.sitrep("events", "--db", db.toString(), "--type", "arrests", "--admin1", "nineveh");
        assertThat(arrests.exit()).isZero();
        assertThat(arrests.out()).contains("3 event(s) shown");
        assertThat(Cli.sitrep("events", "--db", db.toString(), "--type", "Picnic").exit()).isEqualTo(SitrepMain.EXIT_USAGE);
        assertThat(Cli.sitrep("events", "--db", db.toString(), "--from", "2020-13-45").exit()).isEqualTo(SitrepMain.EXIT_USAGE);
        assertThat(Cli.sitrep("export", "--db", db.toString(), "--format", "xml").exit()).isEqualTo(SitrepMain.EXIT_USAGE);
        assertThat(Cli.sitrep("events", "--db", tmp.resolve("none.duckdb").toString()).exit()).isEqualTo(SitrepMain.EXIT_USAGE);
    }

    private List<StoredEvent> events() {
        try (EventStore store = EventStore.open(db)) {
            return store.events(EventQuery.all());
        }
    }
}
