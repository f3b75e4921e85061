package org.sitrep.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.StoredEvidence;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PloverJsonlExporterTest {
    @TempDir
    Path dir;

    private final ObjectMapper mapper = new ObjectMapper();

    private List<JsonNode> export(List<StoredEvent> events) throws IOException {
        StringWriter out = new StringWriter();
        new PloverJsonlExporter().write(events, out);
        String text = out.toString();
        assertThat(text).endsWith("\n");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            lines.add(mapper.readTree(line));
        }
        return lines;
    }

    @Test
    void everyLineIsOneJsonObjectPerEvent() throws IOException {
        List<StoredEvent> events = ExportFixtures.storedEvents(dir);
        List<JsonNode> lines = export(events);
        assertThat(lines).hasSize(events.size());
        assertThat(lines).allSatisfy(node -> assertThat(node.isObject()).isTrue());
        assertThat(lines).extracting(n -> n.get("id").asText()).containsExactlyElementsOf(events.stream().map(StoredEvent::id).toList());
    }

    @Test
    void fieldsCarryPloverCodingCountsLocationAndEvidence() throws IOException {
        List<StoredEvent> events = ExportFixtures.storedEvents(dir);
        List<JsonNode> lines = export(events);
        for (int i = 0; i < events.size(); i++) {
            StoredEvent e = events.get(i);
            JsonNode n = lines.get(i);
            assertThat(n.get("event_type").asText()).isEqualTo(e.type().ploverType());
            assertThat(n.get("acled_event_type").asText()).isEqualTo(e.type().category().acledName());
            assertThat(n.get("acled_sub_event_type").asText()).isEqualTo(e.type().acledName());
            assertThat(n.get("dead").asInt()).isEqualTo(e.fatalities());
            assertThat(n.get("injured").asInt()).isEqualTo(e.injured());
            assertThat(n.get("arrested").asInt()).isEqualTo(e.arrested());
            assertThat(n.get("date").isNull()).isEqualTo(e.date() == null);
            assertThat(n.get("actor1").isNull()).isEqualTo(e.actor1Name() == null);
            if (e.hasCoordinates()) {
                assertThat(n.get("location").get("lat").asDouble()).isEqualTo(e.lat());
                assertThat(n.get("location").get("lon").asDouble()).isEqualTo(e.lon());
                assertThat(n.get("location").get("admin1").asText()).isEqualTo(e.admin1());
                assertThat(n.get("location").get("country").asText()).isEqualTo(e.countryIso3());
            }
            JsonNode evidence = n.get("evidence");
            assertThat(evidence).hasSize(e.evidence().size());
            for (int k = 0; k < e.evidence().size(); k++) {
                StoredEvidence expected = e.evidence().get(k);
                assertThat(evidence.get(k).get("text").asText()).isEqualTo(expected.text());
                assertThat(evidence.get(k).get("article_id").asText()).isEqualTo(expected.articleId());
                assertThat(evidence.get(k).get("url").isNull()).isEqualTo(expected.articleUrl() == null);
            }
        }
        JsonNode arrest = lines.get(events.indexOf(ExportFixtures.byId(events, "ev-arrest-arej")));
        assertThat(arrest.get("event_type").asText()).isEqualTo("COERCE");
        assertThat(arrest.get("mode").asText()).isEqualTo("arrest");
        assertThat(arrest.get("arrested").asInt()).isEqualTo(3);
        assertThat(arrest.get("date").asText()).isEqualTo("2020-05-09");
        assertThat(arrest.get("evidence").get(0).get("url").asText()).isEqualTo("https://news.example.org/iraq/1");
    }

    @Test
    void lineBreaksInsideTextsDoNotBreakTheLine() throws IOException {
        List<StoredEvent> events = ExportFixtures.storedEvents(dir);
        StoredEvent original = events.get(0);
        String multiLine = "First line\nsecond line\r\nthird";
        StoredEvidence evidence = new StoredEvidence("x", 0, new org.sitrep.model.Span(0, multiLine.length()), multiLine,
                null, null, null);
        StoredEvent withBreaks = new StoredEvent(original.id(), original.type(), original.actor1Name(), original.actor1Type(),
                original.actor1CountryIso3(), original.actor2Name(), original.actor2Type(), original.actor2CountryIso3(),
                original.locationText(), original.placeName(), original.geonameId(), original.lat(), original.lon(),
                original.countryIso3(), original.admin1(), original.admin2(), original.geoPrecision(), original.date(),
                original.datePrecision(), original.fatalities(), original.injured(), original.arrested(), original.confidence(),
                original.numArticles(), original.numSources(), original.storedAt(), List.of(evidence));
        List<JsonNode> lines = export(List.of(withBreaks, withBreaks));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("evidence").get(0).get("text").asText()).isEqualTo(multiLine);
    }

    @Test
    void noEventsGiveAnEmptyOutput() throws IOException {
        StringWriter out = new StringWriter();
        new PloverJsonlExporter().write(List.of(), out);
        assertThat(out.toString()).isEmpty();
    }
}
