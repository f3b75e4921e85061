package org.sitrep.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.StoredEvent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParquetExporterTest {
    @TempDir
    Path dir;

    /** Reads the file back with a DuckDB of its own, as a user's tool would. */
    private static List<List<Object>> read(Path file, String select) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(select.replace("FILE", "read_parquet('" + file + "')"))) {
            List<List<Object>> rows = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    @Test
    void typedColumnsOneRowPerEventInOrderWithItsEvidence() throws IOException, SQLException {
        List<StoredEvent> events = ExportFixtures.storedEvents(dir);
        Path file = dir.resolve("events.parquet");
        new ParquetExporter().write(events, file);
        assertThat(Files.size(file)).isPositive();

        List<List<Object>> ids = read(file, "SELECT id FROM FILE");
        assertThat(ids).extracting(r -> r.get(0)).containsExactlyElementsOf(events.stream().map(StoredEvent::id).toList());

        List<List<Object>> arrest = read(file, "SELECT event_date, time_precision, sub_event_type, cameo_code, actor1, "
                + "inter1, admin1, latitude, geo_precision, arrested, len(evidence), evidence[1].text, evidence[1].url, "
                + "typeof(event_date), typeof(latitude) FROM FILE WHERE id = 'ev-arrest-arej'");
        assertThat(arrest).hasSize(1);
        List<Object> r = arrest.get(0);
        StoredEvent e = ExportFixtures.byId(events, "ev-arrest-arej");
        assertThat(r.get(0).toString()).isEqualTo("2020-05-09");
        assertThat(((Number) r.get(1)).intValue()).isEqualTo(1);
        assertThat(r.get(2)).isEqualTo("Arrests");
        assertThat(r.get(3)).isEqualTo("173");
        assertThat(r.get(4)).isEqualTo(e.actor1Name());
        assertThat(((Number) r.get(5)).intValue()).isEqualTo(1);
        assertThat(r.get(6)).isEqualTo("Nineveh");
        assertThat(r.get(7)).isEqualTo(e.lat());
        assertThat(((Number) r.get(8)).intValue()).isEqualTo(1);
        assertThat(((Number) r.get(9)).intValue()).isEqualTo(3);
        assertThat(((Number) r.get(10)).intValue()).isEqualTo(1);
        assertThat(r.get(11)).isEqualTo(e.evidence().get(0).text());
        assertThat(r.get(12)).isEqualTo("https://news.example.org/iraq/1");
        assertThat(r.subList(13, 15)).containsExactly("DATE", "DOUBLE");
    }

    @Test
    void absentValuesAreNulls() throws IOException, SQLException {
        List<StoredEvent> events = ExportFixtures.storedEvents(dir);
        Path file = dir.resolve("blast.parquet");
        new ParquetExporter().write(List.of(ExportFixtures.byId(events, "ev-blast")), file);
        List<Object> r = read(file, "SELECT event_date, time_precision, actor1, inter1, latitude, geoname_id, iso3, "
                + "injured FROM FILE").get(0);
        assertThat(r.subList(0, 7)).containsOnlyNulls();
        assertThat(((Number) r.get(7)).intValue()).isEqualTo(1);
    }

    @Test
    void noEventsGiveAFileWithTheColumnsAndNoRows() throws IOException, SQLException {
        Path file = dir.resolve("empty.parquet");
        new ParquetExporter().write(List.of(), file);
        assertThat(read(file, "SELECT count(*) FROM FILE").get(0).get(0)).isEqualTo(0L);
        assertThat(read(file, "SELECT * FROM FILE LIMIT 0")).isEmpty();
        assertThat(read(file, "SELECT count(*) FROM (DESCRIBE SELECT * FROM FILE)").get(0).get(0)).isEqualTo(33L);
    }

    @Test
    void anUnwritablePathIsAnIOExceptionNamingIt() {
        Path file = dir.resolve("no-such-dir").resolve("x.parquet");
        assertThatThrownBy(() -> new ParquetExporter().write(List.of(), file))
                .isInstanceOf(IOException.class).hasMessageContaining(file.toString());
    }
}
