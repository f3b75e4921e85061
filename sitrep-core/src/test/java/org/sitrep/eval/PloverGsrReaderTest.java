package org.sitrep.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PloverGsrReaderTest {
    @Test
    void entriesWithTextBecomeDocumentsScoredOnThePloverType() throws IOException {
        GoldSet set = new PloverGsrReader().read(EvalFixtures.resource("plover_fixture.json"));

        assertThat(set.documents()).extracting(GoldDocument::id).containsExactly("TEST-ASSAULT-0002", "TEST-PROTEST-0003");
        assertThat(set.documents()).extracting(d -> d.events().get(0).ploverType()).containsExactly("ASSAULT", "PROTEST");
        ReferenceEvent assault = set.documents().get(0).events().get(0);
        assertThat(assault.subEventType()).isNull();
        assertThat(assault.eventType()).isNull();
        assertThat(assault.actor1()).isNull();
        assertThat(set.documents().get(0).publishedOn()).as("the entries' date is a placeholder").isNull();
        assertThat(set.documents().get(0).text()).isEqualTo("Gunmen shot dead four villagers in northern Mali on Tuesday, officials said.");

        // The DOCUMENT entry is passed over, not counted.
        assertThat(set.skipped()).isEqualTo(3);
        assertThat(set.problems()).containsExactly(
                "plover_fixture.json[3]: no text",
                "plover_fixture.json[4]: not a JSON object",
                "plover_fixture.json[5]: \"text\" is not a string");
    }

    @Test
    void aFileThatIsNotAnArrayIsRejected(@TempDir Path tmp) throws IOException {
        Path object = Files.writeString(tmp.resolve("o.json"), "{\"event\": \"AGREE\"}");
        assertThatThrownBy(() -> new PloverGsrReader().read(object)).isInstanceOf(GoldFormatException.class).hasMessageContaining("array");
        Path broken = Files.writeString(tmp.resolve("b.json"), "[{\"event\": ");
        assertThatThrownBy(() -> new PloverGsrReader().read(broken)).isInstanceOf(GoldFormatException.class).hasMessageContaining("b.json");
    }
}
