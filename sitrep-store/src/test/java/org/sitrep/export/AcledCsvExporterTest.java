package org.sitrep.export;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ActorType;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventType;
import org.sitrep.model.Span;
import org.sitrep.store.Fixtures;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.StoredEvidence;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AcledCsvExporterTest {
    /** ACLED's header, as the ACLED export writes it: the exporter must reproduce it exactly. */
    private static final String ACLED_HEADER = "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,"
            + "event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,"
            + "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3";

    @TempDir
    Path dir;

    private List<StoredEvent> events;
    private final AcledCsvExporter exporter = new AcledCsvExporter(ExportFixtures.countries());

    @BeforeEach
    void load() {
        events = ExportFixtures.storedEvents(dir);
    }

    private List<List<String>> export(List<StoredEvent> toWrite) throws IOException {
        StringWriter out = new StringWriter();
        exporter.write(toWrite, out);
        return CsvParser.parse(out.toString());
    }

    private Map<String, String> rowOf(String eventId) throws IOException {
        List<List<String>> records = export(events);
        List<String> header = records.get(0);
        int index = events.indexOf(ExportFixtures.byId(events, eventId));
        List<String> row = records.get(index + 1);
        Map<String, String> byColumn = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            byColumn.put(header.get(i), row.get(i));
        }
        return byColumn;
    }

    @Test
    void theHeaderIsExactlyAcledsThirtyOneColumns() throws IOException {
        StringWriter out = new StringWriter();
        exporter.write(List.of(), out);
        assertThat(out.toString()).isEqualTo(ACLED_HEADER + "\r\n");
        assertThat(AcledCsvExporter.COLUMNS).hasSize(31).containsExactly(ACLED_HEADER.split(","));
    }

    @Test
    void everyEventIsOneRowOfThirtyOneFields() throws IOException {
        List<List<String>> records = export(events);
        assertThat(records).hasSize(events.size() + 1);
        assertThat(records).allSatisfy(r -> assertThat(r).hasSize(31));
    }

    @Test
    void aLocatedDatedEventFillsAcledsColumns() throws IOException {
        StoredEvent arrest = ExportFixtures.byId(events, "ev-arrest-arej");
        Map<String, String> row = rowOf(arrest.id());
        assertThat(row.get("event_date")).isEqualTo("9-May-20");
        assertThat(row.get("year")).isEqualTo("2020");
        assertThat(row.get("time_precision")).isEqualTo(String.valueOf(DatePrecision.DAY.acledCode()));
        assertThat(row.get("event_type")).isEqualTo("Strategic developments");
        assertThat(row.get("sub_event_type")).isEqualTo("Arrests");
        assertThat(row.get("actor1")).isEqualTo(Fixtures.ISF.name());
        assertThat(row.get("actor2")).isEqualTo(Fixtures.ISLAMIC_STATE.name());
        assertThat(row.get("inter1")).isEqualTo("1");
        assertThat(row.get("inter2")).isEqualTo("2");
        assertThat(row.get("interaction")).isEqualTo("12");
        assertThat(row.get("iso")).isEqualTo("368");
        assertThat(row.get("country")).isEqualTo("Iraq");
        assertThat(row.get("region")).isEqualTo("Middle East");
        assertThat(row.get("iso3")).isEqualTo("IRQ");
        assertThat(row.get("admin1")).isEqualTo(Fixtures.AL_AREJ.admin1());
        assertThat(row.get("admin2")).isEqualTo(Fixtures.AL_AREJ.admin2());
        assertThat(row.get("location")).isEqualTo(Fixtures.AL_AREJ.name());
        assertThat(row.get("latitude")).isEqualTo("36.3512");
        assertThat(row.get("longitude")).isEqualTo("43.1234");
        assertThat(row.get("geo_precision")).isEqualTo("1");
        assertThat(row.get("source")).isEqualTo("Example News");
        assertThat(row.get("notes")).isEqualTo(arrest.evidence().get(0).text());
        assertThat(row.get("fatalities")).isEqualTo(String.valueOf(arrest.fatalities()));
        assertThat(row.get("timestamp")).isEqualTo(String.valueOf(Fixtures.NOW.getEpochSecond()));
    }

    @Test
    void quotesAndCommasInTheNotesSurviveTheRoundTrip() throws IOException {
        StoredEvent clash = ExportFixtures.byId(events, "ev-clash-haditha");
        assertThat(clash.evidence().get(0).text()).contains("\"").contains(",");
        Map<String, String> row = rowOf(clash.id());
        assertThat(row.get("notes")).isEqualTo(clash.evidence().get(0).text());
        assertThat(row.get("time_precision")).isEqualTo(String.valueOf(DatePrecision.WEEK.acledCode()));
        assertThat(row.get("interaction")).isEqualTo("12");
        assertThat(row.get("fatalities")).isEqualTo("2");
    }

    @Test
    void anUnresolvedSingleActorEventLeavesPlaceColumnsEmpty() throws IOException {
        Map<String, String> row = rowOf("ev-protest-deir");
        assertThat(row.get("interaction")).isEqualTo("60");
        assertThat(row.get("inter2")).isEqualTo("0");
        assertThat(row.get("actor2")).isEmpty();
        assertThat(row.get("location")).isEqualTo("Deir Ezzor countryside");
        assertThat(row.get("latitude")).isEmpty();
        assertThat(row.get("longitude")).isEmpty();
        assertThat(row.get("geo_precision")).isEqualTo("3");
        assertThat(row.get("country")).isEmpty();
        assertThat(row.get("iso3")).isEmpty();
        // No outlet name: the URL's host stands in for it.
        assertThat(row.get("source")).isEqualTo("other.example.com");
        assertThat(row.get("event_id_cnty")).isEqualTo(row.get("data_id"));
    }

    @Test
    void anUndatedEventHasEmptyDateColumns() throws IOException {
        Map<String, String> row = rowOf("ev-blast");
        assertThat(row.get("event_date")).isEmpty();
        assertThat(row.get("year")).isEmpty();
        assertThat(row.get("time_precision")).isEmpty();
        assertThat(row.get("interaction")).isEmpty();
        assertThat(row.get("source")).isEmpty();
    }

    @Test
    void idsAreNumbersDerivedStablyFromTheEventId() throws IOException {
        List<List<String>> first = export(events);
        List<List<String>> second = export(events);
        List<String> dataIds = first.stream().skip(1).map(r -> r.get(0)).toList();
        assertThat(dataIds).doesNotHaveDuplicates().allMatch(id -> id.matches("[1-9][0-9]*"));
        assertThat(second.stream().skip(1).map(r -> r.get(0)).toList()).isEqualTo(dataIds);
        for (List<String> row : first.subList(1, first.size())) {
            assertThat(row.get(3)).isEqualTo(row.get(0));
            assertThat(row.get(2)).isEqualTo(row.get(30) + row.get(0));
        }
    }

    @Test
    void datesUseAcledsDayMonthYearForm() throws IOException {
        StoredEvent december = event(LocalDate.of(2019, 12, 25), "Sentence one.", "Sentence two.");
        List<String> row = export(List.of(december)).get(1);
        assertThat(row.get(4)).isEqualTo("25-Dec-19");
        assertThat(row.get(5)).isEqualTo("2019");
        assertThat(row.get(27)).isEqualTo("Sentence one. Sentence two.");
        assertThat(row.get(25)).isEqualTo("Outlet A; b.example.org");
    }

    @Test
    void interactionPutsTheSmallerCodeFirst() {
        assertThat(AcledCsvExporter.interaction(ActorType.STATE_FORCES, ActorType.REBEL_GROUP)).isEqualTo("12");
        assertThat(AcledCsvExporter.interaction(ActorType.REBEL_GROUP, ActorType.STATE_FORCES)).isEqualTo("12");
        assertThat(AcledCsvExporter.interaction(ActorType.CIVILIANS, ActorType.POLITICAL_MILITIA)).isEqualTo("37");
        assertThat(AcledCsvExporter.interaction(ActorType.STATE_FORCES, ActorType.STATE_FORCES)).isEqualTo("11");
        assertThat(AcledCsvExporter.interaction(ActorType.PROTESTERS, null)).isEqualTo("60");
        assertThat(AcledCsvExporter.interaction(null, ActorType.EXTERNAL)).isEqualTo("80");
        assertThat(AcledCsvExporter.interaction(null, null)).isEmpty();
    }

    private static StoredEvent event(LocalDate date, String... sentences) {
        List<StoredEvidence> evidence = List.of(
                new StoredEvidence("a", 0, new Span(0, sentences[0].length()), sentences[0], "https://a.example.org/x", "Outlet A", null),
                new StoredEvidence("b", 3, new Span(40, 40 + sentences[1].length()), sentences[1], "https://b.example.org/y", null, null),
                new StoredEvidence("c", 1, new Span(0, sentences[0].length()), sentences[0], "https://a.example.org/z", "Outlet A", null));
        return new StoredEvent("ev-december", EventType.ATTACK, "Unidentified Armed Group (Iraq)", ActorType.POLITICAL_MILITIA, "IRQ",
                "Civilians (Iraq)", ActorType.CIVILIANS, "IRQ", "Baqubah", "Baqubah", 98182L, 33.75, 44.64, "IRQ", "Diyala", null, 1,
                date, DatePrecision.DAY, 1, 0, 0, 0.5, 3, 2, Fixtures.NOW, evidence);
    }
}
