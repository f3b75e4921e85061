package org.sitrep.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the hand-written dump fixture (7 lines: ADM1, ADM2, two villages, a wadi, a broken line, a place in no country). */
class GeoNamesDumpTest {
    @TempDir
    Path tmp;

    static Path fixture() throws URISyntaxException {
        return Path.of(GeoNamesDumpTest.class.getResource("geonames-dump/IQ-fixture.txt").toURI());
    }

    /** A zip as GeoNames ships a country file: the dump beside a readme, plus a text file that is no dump. */
    static Path zip(Path dir, Path dump) throws IOException {
        Path zip = dir.resolve("IQ.zip");
        try (OutputStream raw = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(raw)) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("readme for IQ\tnot a dump\n".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new ZipEntry("IQ.txt"));
            out.write(Files.readAllBytes(dump));
            out.putNextEntry(new ZipEntry("notes.txt"));
            out.write("some notes\nmore notes\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return zip;
    }

    @Test
    void textFileCountsKeptSkippedAndMalformedExactly() throws Exception {
        List<GeoNamesRow> rows = new ArrayList<>();
        GeoNamesDump.FileReport report = GeoNamesDump.read(fixture(), Countries.bundled(), rows::add);
        assertThat(report.readWhole()).isTrue();
        assertThat(report.linesRead()).isEqualTo(7);
        assertThat(report.kept()).isEqualTo(4);
        assertThat(report.skipped()).isEqualTo(2);
        assertThat(report.malformed()).isEqualTo(1);
        assertThat(report.firstMalformed()).singleElement().satisfies(p -> {
            assertThat(p.lineNumber()).isEqualTo(6);
            assertThat(p.source()).endsWith("IQ-fixture.txt");
            assertThat(p.reason()).contains("19", "got 4");
        });
        assertThat(rows).extracting(GeoNamesRow::geonameId).containsExactly(92877L, 9166649L, 13999001L, 13999002L);
        GeoNamesRow talAbita = rows.get(2);
        assertThat(talAbita.name()).isEqualTo("Tal Abita");
        assertThat(talAbita.countryCode()).isEqualTo("IQ");
        assertThat(talAbita.admin1Code()).isEqualTo("15");
        assertThat(talAbita.admin2Code()).isEqualTo("9166649");
        assertThat(talAbita.lat()).isEqualTo(36.452);
        assertThat(talAbita.lon()).isEqualTo(42.987);
        assertThat(talAbita.alternateNames()).contains("Tall Abitah");
    }

    @Test
    void zipReadsTheDumpEntriesAndPassesOverTheRest() throws Exception {
        List<GeoNamesRow> rows = new ArrayList<>();
        GeoNamesDump.FileReport report = GeoNamesDump.read(zip(tmp, fixture()), Countries.bundled(), rows::add);
        assertThat(report.readWhole()).as(report.failure()).isTrue();
        assertThat(report.kept()).isEqualTo(4);
        assertThat(report.skipped()).isEqualTo(2);
        assertThat(report.malformed()).isEqualTo(1);
        assertThat(report.firstMalformed().get(0).toString()).endsWith("IQ.zip!IQ.txt:6: expected 19 tab-separated fields, got 4");
        assertThat(report.notes()).singleElement().asString().contains("notes.txt", "not a GeoNames dump");
        assertThat(rows).hasSize(4);
    }

    @Test
    void badFilesAreReportedNotThrown() throws IOException {
        Path fakeZip = Files.writeString(tmp.resolve("fake.zip"), "this is not a zip\n");
        Path notDump = Files.writeString(tmp.resolve("admin.txt"), "IQ.15\tNineveh\tNineveh\t92877\n");
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "");
        List<GeoNamesRow> rows = new ArrayList<>();
        assertThat(GeoNamesDump.read(tmp.resolve("missing.zip"), Countries.bundled(), rows::add).failure()).isEqualTo("no such file");
        assertThat(GeoNamesDump.read(fakeZip, Countries.bundled(), rows::add).failure()).startsWith("not a zip archive");
        assertThat(GeoNamesDump.read(notDump, Countries.bundled(), rows::add).failure()).startsWith("not a GeoNames dump");
        assertThat(GeoNamesDump.read(empty, Countries.bundled(), rows::add).failure()).startsWith("not a GeoNames dump");
        assertThat(GeoNamesDump.read(tmp, Countries.bundled(), rows::add).failure()).isEqualTo("not a readable file");
        assertThat(rows).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"P,PPL,true", "P,PPLX,true", "A,ADM1,true", "A,ADM2,true", "A,ADM3,true", "A,ADMD,true",
            "A,PCLI,true", "A,PCLD,true", "A,ADM4,false", "A,ADM1H,false", "H,STM,false", "S,MSQE,false", "T,MT,false"})
    void keepsPopulatedPlacesDivisionsAndCountries(String featureClass, String featureCode, boolean kept) {
        assertThat(GeoNamesDump.kept(featureClass, featureCode)).isEqualTo(kept);
    }

    /** A 19-field dump line with these values and plausible others. */
    private static String line(String id, String name, String lat, String lon, String population) {
        return String.join("\t", id, name, name, "", lat, lon, "P", "PPL", "IQ", "", "15", "", "", "", population,
                "", "250", "Asia/Baghdad", "2024-05-01");
    }

    @ParameterizedTest
    @CsvSource({
            "x, Tal, 36, 43, 0, geonameid is not a number",
            "0, Tal, 36, 43, 0, geonameid must be > 0",
            "1, Tal, north, 43, 0, latitude or longitude is not a number",
            "1, Tal, 95, 43, 0, out of range",
            "1, '', 36, 43, 0, has no name",
            "1, Tal, 36, 43, -5, population must be >= 0",
            "1, Tal, 36, 43, many, population is not a number"})
    void malformedLinesSayWhy(String id, String name, String lat, String lon, String population, String reason) {
        assertThat(GeoNamesDump.parse(line(id, name, lat, lon, population), Countries.bundled()))
                .isInstanceOfSatisfying(GeoNamesDump.Malformed.class, m -> assertThat(m.reason()).contains(reason));
    }

    @Test
    void aWellFormedLineIsKeptOrSkipped() {
        assertThat(GeoNamesDump.parse(line("7", "Tal", "36", "43", ""), Countries.bundled()))
                .isInstanceOfSatisfying(GeoNamesDump.Kept.class, k -> assertThat(k.row().population()).isZero());
        assertThat(GeoNamesDump.parse(line("7", "Tal", "36", "43", "0").replace("\tIQ\t", "\tZZ\t"), Countries.bundled()))
                .isInstanceOfSatisfying(GeoNamesDump.Skipped.class, k -> assertThat(k.reason()).contains("ZZ"));
    }
}
