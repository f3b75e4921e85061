package org.sitrep.export;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ActorType;
import org.sitrep.store.StoredEvent;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GdeltExporterTest {
    @TempDir
    Path dir;

    private List<StoredEvent> events;
    private final GdeltExporter exporter = new GdeltExporter(ExportFixtures.countries(), Map.of("IRQ", "IZ", "SYR", "SY"));

    @BeforeEach
    void load() {
        events = ExportFixtures.storedEvents(dir);
    }

    private List<String[]> lines(EventExporter table, List<StoredEvent> selection) throws IOException {
        StringWriter out = new StringWriter();
        table.write(selection, out);
        String text = out.toString();
        assertThat(text).doesNotContain("\r");
        if (text.isEmpty()) {
            return List.of();
        }
        assertThat(text).endsWith("\n");
        return Arrays.stream(text.split("\n", -1)).limit(text.split("\n", -1).length - 1L)
                .map(line -> line.split("\t", -1)).toList();
    }

    private static String cell(String[] row, List<String> columns, String column) {
        int i = columns.indexOf(column);
        assertThat(i).as(column).isNotNegative();
        return row[i];
    }

    private String eventCell(String[] row, String column) {
        return cell(row, GdeltExporter.EVENT_COLUMNS, column);
    }

    @Test
    void gdeltsSixtyOneEventColumnsAndSixteenMentionColumns() throws IOException {
        assertThat(GdeltExporter.EVENT_COLUMNS).hasSize(61).doesNotHaveDuplicates()
                .startsWith("GLOBALEVENTID", "SQLDATE").endsWith("DATEADDED", "SOURCEURL");
        assertThat(GdeltExporter.MENTION_COLUMNS).hasSize(16).doesNotHaveDuplicates();
        List<String[]> rows = lines(exporter.eventsTable(), events);
        assertThat(rows).hasSize(events.size()).allSatisfy(r -> assertThat(r).hasSize(61));
        for (String[] r : lines(exporter.mentionsTable(), events)) {
            assertThat(r).hasSize(16);
        }
    }

    @Test
    void anArrestInANinevehVillage() throws IOException {
        StoredEvent arrest = ExportFixtures.byId(events, "ev-arrest-arej");
        String[] row = lines(exporter.eventsTable(), List.of(arrest)).get(0);
        assertThat(eventCell(row, "GLOBALEVENTID")).isEqualTo(Long.toString(StableNumbers.of("ev-arrest-arej")));
        assertThat(eventCell(row, "SQLDATE")).isEqualTo("20200509");
        assertThat(eventCell(row, "MonthYear")).isEqualTo("202005");
        assertThat(eventCell(row, "Year")).isEqualTo("2020");
        assertThat(eventCell(row, "FractionDate")).isEqualTo("2020.3552");   // day 130 of 366
        assertThat(eventCell(row, "Actor1Code")).isEqualTo("IRQMIL");
        assertThat(eventCell(row, "Actor1Name")).isEqualTo("Iraqi Security Forces");
        assertThat(eventCell(row, "Actor1CountryCode")).isEqualTo("IRQ");
        assertThat(eventCell(row, "Actor1Type1Code")).isEqualTo("MIL");
        assertThat(eventCell(row, "Actor1KnownGroupCode")).isEmpty();
        assertThat(eventCell(row, "Actor2Code")).isEqualTo("REB");             // no home country
        assertThat(eventCell(row, "Actor2Type1Code")).isEqualTo("REB");
        assertThat(eventCell(row, "IsRootEvent")).isEqualTo("1");
        assertThat(eventCell(row, "EventCode")).isEqualTo("173");
        assertThat(eventCell(row, "EventBaseCode")).isEqualTo("173");
        assertThat(eventCell(row, "EventRootCode")).isEqualTo("17");
        assertThat(eventCell(row, "QuadClass")).isEqualTo("4");
        assertThat(eventCell(row, "GoldsteinScale")).isEmpty();
        assertThat(eventCell(row, "NumMentions")).isEqualTo("1");
        assertThat(eventCell(row, "NumArticles")).isEqualTo("1");
        assertThat(eventCell(row, "Actor1Geo_Type")).isEqualTo("0");
        assertThat(eventCell(row, "ActionGeo_Type")).isEqualTo("4");
        assertThat(eventCell(row, "ActionGeo_FullName")).isEqualTo("Al-Arej, Nineveh, Iraq");
        assertThat(eventCell(row, "ActionGeo_CountryCode")).isEqualTo("IZ");
        assertThat(eventCell(row, "ActionGeo_ADM1Code")).isEmpty();
        assertThat(eventCell(row, "ActionGeo_Lat")).isEqualTo("36.3512");
        assertThat(eventCell(row, "ActionGeo_Long")).isEqualTo("43.1234");
        assertThat(eventCell(row, "ActionGeo_FeatureID")).isEqualTo("99001");
        assertThat(eventCell(row, "DATEADDED")).isEqualTo("20200512083000");
        assertThat(eventCell(row, "SOURCEURL")).isEqualTo("https://news.example.org/iraq/1");
    }

    @Test
    void anUndatedUnlocatedEventWithoutActorsLeavesThoseColumnsEmpty() throws IOException {
        String[] row = lines(exporter.eventsTable(), List.of(ExportFixtures.byId(events, "ev-blast"))).get(0);
        for (String column : List.of("SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name",
                "Actor2Code", "ActionGeo_FullName", "ActionGeo_Lat", "ActionGeo_FeatureID", "SOURCEURL")) {
            assertThat(eventCell(row, column)).as(column).isEmpty();
        }
        assertThat(eventCell(row, "ActionGeo_Type")).isEqualTo("0");
        assertThat(eventCell(row, "EventCode")).isEqualTo("183");
    }

    @Test
    void oneMentionPerEventAndArticleFromItsFirstSentence() throws IOException {
        StoredEvent clash = ExportFixtures.byId(events, "ev-clash-haditha");
        List<String[]> rows = lines(exporter.mentionsTable(), List.of(clash));
        assertThat(rows).hasSize(1);
        String[] m = rows.get(0);
        List<String> columns = GdeltExporter.MENTION_COLUMNS;
        assertThat(cell(m, columns, "GLOBALEVENTID")).isEqualTo(Long.toString(StableNumbers.of("ev-clash-haditha")));
        assertThat(cell(m, columns, "MentionType")).isEqualTo("1");
        assertThat(cell(m, columns, "MentionSourceName")).isEqualTo("Example News");
        assertThat(cell(m, columns, "MentionIdentifier")).isEqualTo("https://news.example.org/iraq/1");
        assertThat(cell(m, columns, "SentenceID")).isEqualTo("2");
        assertThat(cell(m, columns, "ActionCharOffset")).isEqualTo(Integer.toString(clash.evidence().get(0).span().start()));
        assertThat(cell(m, columns, "Actor1CharOffset")).isEqualTo("-1");
        assertThat(cell(m, columns, "Confidence")).isEqualTo("75");
        // An article without URL is named by its id.
        String[] undated = lines(exporter.mentionsTable(), List.of(ExportFixtures.byId(events, "ev-blast"))).get(0);
        assertThat(cell(undated, columns, "MentionIdentifier")).isEqualTo("art-undated");
    }

    @Test
    void noEventsGiveEmptyTables() throws IOException {
        assertThat(lines(exporter.eventsTable(), List.of())).isEmpty();
        assertThat(lines(exporter.mentionsTable(), List.of())).isEmpty();
    }

    @Test
    void cameoRolesAndQuadClasses() {
        assertThat(GdeltExporter.cameoRole(ActorType.PROTESTERS)).isEqualTo("OPP");
        assertThat(GdeltExporter.cameoRole(ActorType.CIVILIANS)).isEqualTo("CVL");
        assertThat(GdeltExporter.cameoRole(null)).isEmpty();
        assertThat(GdeltExporter.quadClass("05")).isEqualTo(1);
        assertThat(GdeltExporter.quadClass("08")).isEqualTo(2);
        assertThat(GdeltExporter.quadClass("13")).isEqualTo(3);
        assertThat(GdeltExporter.quadClass("14")).isEqualTo(4);
    }

    @Test
    void theBundledFipsTableNamesIraqIzAndRefusesBadLines() {
        StoredEvent arrest = ExportFixtures.byId(events, "ev-arrest-arej");
        List<String> row = new GdeltExporter().eventRow(arrest);
        assertThat(row.get(GdeltExporter.EVENT_COLUMNS.indexOf("ActionGeo_CountryCode"))).isEqualTo("IZ");
        assertThat(GdeltExporter.fipsFromLines(List.of("# comment", "", "DEU\tGM"))).containsEntry("DEU", "GM");
        assertThatThrownBy(() -> GdeltExporter.fipsFromLines(List.of("DEU GM"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GdeltExporter.fipsFromLines(List.of("DEU\tGM", "DEU\tGE"))).hasMessageContaining("twice");
    }
}
