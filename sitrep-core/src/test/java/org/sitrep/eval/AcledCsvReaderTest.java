package org.sitrep.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.EventCategory;
import org.sitrep.model.EventType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AcledCsvReaderTest {
    @Test
    void goodRowsBecomeDocumentsAndBadRowsAreCountedByLine() throws IOException {
        GoldSet set = new AcledCsvReader().read(EvalFixtures.resource("acled_fixture.csv"));

        assertThat(set.documents()).extracting(GoldDocument::id).containsExactly("TST1", "TST2", "TST7");
        assertThat(set.skipped()).isEqualTo(4);
        assertThat(set.problems()).containsExactly(
                "acled_fixture.csv:7: 20 fields where the header has 31",
                "acled_fixture.csv:8: unknown sub_event_type 'Picnic'",
                "acled_fixture.csv:9: no text",
                "acled_fixture.csv:10: fatalities 'many' is not a number");
    }

    @Test
    void goldFieldsOfARow() throws IOException {
        GoldSet set = new AcledCsvReader().read(EvalFixtures.resource("acled_fixture.csv"));

        GoldDocument clash = set.documents().get(0);
        assertThat(clash.publishedOn()).as("ACLED notes carry no publication date").isNull();
        assertThat(clash.text()).startsWith("On 3 March 2021, soldiers fought militants of JNIM near Boni");
        ReferenceEvent g = clash.events().get(0);
        assertThat(g.ref()).isEqualTo("acled_fixture.csv:2");
        assertThat(g.eventType()).isEqualTo(EventCategory.BATTLES);
        assertThat(g.subEventType()).isEqualTo(EventType.ARMED_CLASH);
        assertThat(g.actor1()).isEqualTo("Military Forces of Mali (2021-)");
        assertThat(g.actor2()).isEqualTo("JNIM: Group for Support of Islam and Muslims");
        assertThat(g.admin1()).isEqualTo("Mopti");
        assertThat(g.location()).isEqualTo(new LatLon(15.0167, -1.85));
        assertThat(g.date()).isEqualTo(LocalDate.of(2021, 3, 3));
        assertThat(g.fatalities()).isEqualTo(4);
        assertThat(g.ploverType()).isNull();
    }

    @Test
    void aQuotedMultiLineNoteIsOneDocument() throws IOException {
        GoldDocument protest = new AcledCsvReader().read(EvalFixtures.resource("acled_fixture.csv")).documents().get(1);

        // Ingest joins the lines of a paragraph, as it does for any JSON Lines article.
        assertThat(protest.text()).isEqualTo("On 9 April 2021, residents protested in Basra city, Basra, over power cuts, "
                + "\"again\" demanding jobs.\n\nNo injuries were reported.");
        ReferenceEvent g = protest.events().get(0);
        assertThat(g.date()).isEqualTo(LocalDate.of(2021, 4, 9));
        assertThat(g.actor2()).as("a blank actor2 is ACLED's 'no second actor'").isEmpty();
        assertThat(g.fatalities()).isZero();
    }

    @Test
    void isoDatesLowerCaseTypesAndBlankAdmin1() throws IOException {
        ReferenceEvent g = new AcledCsvReader().read(EvalFixtures.resource("acled_fixture.csv")).documents().get(2).events().get(0);

        assertThat(g.date()).isEqualTo(LocalDate.of(2021, 3, 5));
        assertThat(g.subEventType()).isEqualTo(EventType.AIR_DRONE_STRIKE);
        assertThat(g.eventType()).as("taken from the sub-event type when blank").isEqualTo(EventCategory.EXPLOSIONS_REMOTE_VIOLENCE);
        assertThat(g.admin1()).as("blank admin1 is not scored").isNull();
        assertThat(g.location()).isNull();
    }

    @Test
    void aFileWithoutTheColumnsIsNotAcled(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("x.csv"), "id,text\n1,hello\n");
        assertThatThrownBy(() -> new AcledCsvReader().read(file)).isInstanceOf(GoldFormatException.class)
                .hasMessageContaining("x.csv").hasMessageContaining("event_date").hasMessageContaining("notes");
        Path empty = Files.writeString(tmp.resolve("empty.csv"), "");
        assertThatThrownBy(() -> new AcledCsvReader().read(empty)).isInstanceOf(GoldFormatException.class).hasMessageContaining("empty");
    }

    @Test
    void twoDigitYearsOfTheNinetiesStayInTheNineties() throws BadRow {
        assertThat(GoldValues.date("1-Jan-97", "d")).isEqualTo(LocalDate.of(1997, 1, 1));
        assertThat(GoldValues.date("9-May-20", "d")).isEqualTo(LocalDate.of(2020, 5, 9));
        assertThat(GoldValues.date("9 May 2020", "d")).isEqualTo(LocalDate.of(2020, 5, 9));
        assertThatThrownBy(() -> GoldValues.date("May the 9th", "event_date")).isInstanceOf(BadRow.class).hasMessageContaining("event_date");
    }
}
