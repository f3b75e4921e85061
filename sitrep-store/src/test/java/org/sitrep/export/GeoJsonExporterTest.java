package org.sitrep.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.StoredEvent;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GeoJsonExporterTest {
    @TempDir
    Path dir;

    private JsonNode export(List<StoredEvent> events) throws IOException {
        StringWriter out = new StringWriter();
        new GeoJsonExporter().write(events, out);
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void oneLonLatPointPerLocatedEvent() throws IOException {
        List<StoredEvent> events = ExportFixtures.storedEvents(dir);
        List<StoredEvent> located = events.stream().filter(StoredEvent::hasCoordinates).toList();
        assertThat(located).isNotEmpty().hasSizeLessThan(events.size());

        JsonNode collection = export(events);
        assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
        JsonNode features = collection.get("features");
        assertThat(features).hasSize(located.size());
        for (int i = 0; i < located.size(); i++) {
            StoredEvent e = located.get(i);
            JsonNode feature = features.get(i);
            assertThat(feature.get("type").asText()).isEqualTo("Feature");
            assertThat(feature.get("id").asText()).isEqualTo(e.id());
            assertThat(feature.get("geometry").get("type").asText()).isEqualTo("Point");
            JsonNode coordinates = feature.get("geometry").get("coordinates");
            assertThat(coordinates).hasSize(2);
            assertThat(coordinates.get(0).asDouble()).isEqualTo(e.lon());
            assertThat(coordinates.get(1).asDouble()).isEqualTo(e.lat());
            JsonNode properties = feature.get("properties");
            assertThat(properties.get("sub_event_type").asText()).isEqualTo(e.type().acledName());
            assertThat(properties.get("fatalities").asInt()).isEqualTo(e.fatalities());
            assertThat(properties.get("admin1").asText()).isEqualTo(e.admin1());
            assertThat(properties.get("evidence")).hasSize(e.evidence().size());
        }
    }

    @Test
    void noLocatedEventsGiveAnEmptyCollection() throws IOException {
        List<StoredEvent> unlocated = ExportFixtures.storedEvents(dir).stream().filter(e -> !e.hasCoordinates()).toList();
        JsonNode collection = export(unlocated);
        assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(collection.get("features")).isEmpty();
    }

    @Test
    void theWriterIsLeftOpen() throws IOException {
        StringWriter out = new StringWriter();
        new GeoJsonExporter().write(List.of(), out);
        out.write("still open");
        assertThat(out.toString()).endsWith("still open");
    }
}
