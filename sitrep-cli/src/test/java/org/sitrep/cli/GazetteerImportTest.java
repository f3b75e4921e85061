package org.sitrep.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Cli.Run;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoredEvent;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code sitrep gazetteer import}, as users run it, on the hand-written GeoNames dump of the core
 * module's tests (Nineveh ADM1, Mosul ADM2, the villages Tal Abita and Al-Arej, a wadi, a broken
 * line, a place in no known country), zipped as GeoNames ships a country file.
 */
class GazetteerImportTest {
    /** Tests run in the repository root. */
    static final Path FIXTURE = Path.of("sitrep-core/src/test/resources/org/sitrep/geo/geonames-dump/IQ-fixture.txt");

    @TempDir
    Path tmp;

    private Path zip() throws IOException {
        Path zip = tmp.resolve("IQ.zip");
        try (OutputStream raw = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(raw)) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("GeoNames IQ extract\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("IQ.txt"));
            out.write(Files.readAllBytes(FIXTURE));
            out.closeEntry();
        }
        return zip;
    }

    @Test
    void importCountsKeptSkippedAndMalformedAndReimportAddsNothing() throws IOException {
        Path db = tmp.resolve("g.duckdb");
        Path zip = zip();
        Run first = Cli.sitrep("gazetteer", "import", "--db", db.toString(), zip.toString());
        assertThat(first.exit()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).containsPattern("rows read +7\\n")
                .containsPattern("places kept +4\\n")
                .containsPattern("new to the db +4\\n")
                .containsPattern("skipped +2 ")
                .containsPattern("malformed lines +1\\n")
                .contains("IQ.zip!IQ.txt:6: expected 19 tab-separated fields, got 4")
                .contains("imported places in " + db + ": 4");

        Run again = Cli.sitrep("gazetteer", "import", "--db", db.toString(), zip.toString(), FIXTURE.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).containsPattern("places kept +8\\n")
                .containsPattern("new to the db +0\\n")
                .contains("imported places in " + db + ": 4");
        try (EventStore store = EventStore.open(db)) {
            assertThat(store.importedPlaceCount()).isEqualTo(4);
        }
    }

    @Test
    void aFileThatCannotBeReadIsNamedAndTheOthersAreImported() throws IOException {
        Path db = tmp.resolve("g.duckdb");
        Path fake = Files.writeString(tmp.resolve("fake.zip"), "not a zip\n");
        Path missing = tmp.resolve("missing.txt");
        Run run = Cli.sitrep("gazetteer", "import", "--db", db.toString(), missing.toString(), fake.toString(), zip().toString());
        assertThat(run.exit()).isEqualTo(SitrepMain.EXIT_SKIPPED);
        assertThat(run.err()).contains(missing + ": no such file").contains(fake + ": not a zip archive");
        assertThat(run.out()).contains("not read: " + missing).containsPattern("places kept +4\\n");
        try (EventStore store = EventStore.open(db)) {
            assertThat(store.importedPlaceCount()).isEqualTo(4);
        }
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(Cli.sitrep("gazetteer").exit()).isEqualTo(SitrepMain.EXIT_USAGE);
        assertThat(Cli.sitrep("gazetteer", "import").exit()).isEqualTo(SitrepMain.EXIT_USAGE);
        Run help = Cli.sitrep("gazetteer", "import", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("feature class P", "ADM1", "ADM3", "ADMD", "PCL*");
    }

    /**
     * The village the bundled gazetteer lacks: without the import the event falls back to the
     * province the text names (precision 3); after it, it is at the village (precision 1).
     */
    @Test
    void runLocatesEventsAtImportedVillages() throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("tal-abita.txt"), """
                Published: 2024-05-14

                Three IS members arrested near Mosul

                Iraqi security forces arrested three Islamic State members in the village of Tal Abita in Nineveh province on Monday.
                """, StandardCharsets.UTF_8);

        Path plain = tmp.resolve("plain.duckdb");
        Run withoutImport = Cli.sitrep("run", "--threads", "1", "--db", plain.toString(), articles.toString());
        assertThat(withoutImport.exit()).as(withoutImport.out() + withoutImport.err()).isZero();
        assertThat(withoutImport.err()).doesNotContain("imported places");
        StoredEvent fallback = onlyEvent(plain);
        assertThat(fallback.geoPrecision()).isEqualTo(3);
        assertThat(fallback.admin1()).isEqualTo("Nineveh");

        Path imported = tmp.resolve("imported.duckdb");
        assertThat(Cli.sitrep("gazetteer", "import", "--db", imported.toString(), zip().toString()).exit()).isZero();
        Run withImport = Cli.sitrep("run", "--threads", "1", "--db", imported.toString(), articles.toString());
        assertThat(withImport.exit()).as(withImport.out() + withImport.err()).isZero();
        assertThat(withImport.err()).contains("gazetteer: bundled + 4 imported places");
        StoredEvent located = onlyEvent(imported);
        assertThat(located.geonameId()).isEqualTo(13999001L);
        assertThat(located.placeName()).isEqualTo("Tal Abita");
        assertThat(located.geoPrecision()).isEqualTo(1);
        assertThat(located.lat()).isCloseTo(36.452, within(1e-9));
        assertThat(located.lon()).isCloseTo(42.987, within(1e-9));
        assertThat(located.admin1()).isEqualTo("Nineveh");
        assertThat(located.admin2()).isEqualTo("Mosul");
        assertThat(located.countryIso3()).isEqualTo("IRQ");
    }

    private static StoredEvent onlyEvent(Path db) {
        try (EventStore store = EventStore.open(db)) {
            List<StoredEvent> events = store.events(EventQuery.all());
            assertThat(events).hasSize(1);
            return events.get(0);
        }
    }
}
