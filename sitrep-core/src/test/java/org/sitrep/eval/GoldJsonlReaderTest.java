package org.sitrep.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.EventCategory;
import org.sitrep.model.EventType;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GoldJsonlReaderTest {
    private final Path dir = EvalFixtures.resource("gold");

    @Test
    void goldEventsAreGroupedByTheArticleTheyName() throws IOException {
        GoldSet set = new GoldJsonlReader().read(dir, null);

        assertThat(set.documents()).extracting(GoldDocument::id).containsExactly("alpha.txt", "beta.txt");
        assertThat(set.documents()).extracting(d -> d.events().size()).containsExactly(1, 1);
        // Read as sitrep run reads it: header lines are metadata, the headline is the title.
        GoldDocument alpha = set.documents().get(0);
        assertThat(alpha.publishedOn()).isEqualTo(LocalDate.of(2023, 6, 14));
        assertThat(alpha.article().title()).isEqualTo("Two killed in Kirkuk blast");
        assertThat(alpha.text()).startsWith("A roadside bomb killed two Iraqi soldiers");

        assertThat(set.skipped()).as("Picnic, bad JSON, '../', two events of a missing article").isEqualTo(5);
        assertThat(set.problems()).hasSize(4);
        assertThat(set.problems().get(0)).isEqualTo("alpha.events.jsonl:4: unknown sub_event_type 'Picnic'");
        assertThat(set.problems().get(1)).startsWith("alpha.events.jsonl:5: invalid JSON");
        assertThat(set.problems().get(2)).startsWith("alpha.events.jsonl:8: \"doc\" must be a file name");
        assertThat(set.problems().get(3)).startsWith("gamma.txt: no article file").endsWith("its 2 gold event(s) skipped");
    }

    @Test
    void fieldsAreScoredWhenTheirKeyIsPresent() throws IOException {
        GoldSet set = new GoldJsonlReader().read(dir.resolve("alpha.events.jsonl"), dir);

        ReferenceEvent bomb = set.documents().get(0).events().get(0);
        assertThat(bomb.ref()).isEqualTo("alpha.events.jsonl:1");
        assertThat(bomb.eventType()).isEqualTo(EventCategory.EXPLOSIONS_REMOTE_VIOLENCE);
        assertThat(bomb.subEventType()).isEqualTo(EventType.REMOTE_EXPLOSIVE);
        assertThat(bomb.ploverType()).isEqualTo("ASSAULT");
        assertThat(bomb.actor1()).as("JSON null: none").isEmpty();
        assertThat(bomb.actor2()).isEqualTo("Iraqi Security Forces");
        assertThat(bomb.admin1()).isEqualTo("Kirkuk");
        assertThat(bomb.location()).isEqualTo(new LatLon(35.4681, 44.3922));
        assertThat(bomb.date()).isEqualTo(LocalDate.of(2023, 6, 13));
        assertThat(bomb.fatalities()).isEqualTo(2);
        assertThat(bomb.injured()).isZero();
        assertThat(bomb.arrested()).as("absent: not scored").isNull();
        assertThat(bomb.evidence()).startsWith("A roadside bomb");

        ReferenceEvent arrest = set.documents().get(1).events().get(0);
        assertThat(arrest.eventType()).as("from the sub-event type").isEqualTo(EventCategory.STRATEGIC_DEVELOPMENTS);
        assertThat(arrest.actor2()).as("absent: not scored").isNull();
        assertThat(arrest.admin1()).isNull();
        assertThat(arrest.date()).isNull();
        assertThat(arrest.arrested()).isEqualTo(3);
    }

    @Test
    void aDirectoryWithoutGoldFilesIsRejected(@TempDir Path tmp) {
        assertThatThrownBy(() -> new GoldJsonlReader().read(tmp, null)).isInstanceOf(GoldFormatException.class)
                .hasMessageContaining(".events.jsonl");
    }
}
