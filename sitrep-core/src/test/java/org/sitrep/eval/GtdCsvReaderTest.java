package org.sitrep.eval;

import org.junit.jupiter.api.Test;
import org.sitrep.model.EventCategory;
import org.sitrep.model.EventType;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GtdCsvReaderTest {
    @Test
    void theAttackTypeMap() {
        assertThat(GtdCsvReader.toAcled("Bombing/Explosion", false, "Police", "")).contains(EventType.REMOTE_EXPLOSIVE);
        assertThat(GtdCsvReader.toAcled("Bombing/Explosion", true, "Police", "")).contains(EventType.SUICIDE_BOMB);
        // A bombing by its weapon, as ACLED's codebook splits it; a suicide attack stays a suicide bomb.
        assertThat(GtdCsvReader.toAcled("Bombing/Explosion", false, "Military", "Projectile (rockets, mortars, RPGs, etc.)"))
                .contains(EventType.SHELLING_ARTILLERY_MISSILE);
        assertThat(GtdCsvReader.toAcled("Bombing/Explosion", false, "Police", "Grenade")).contains(EventType.GRENADE);
        assertThat(GtdCsvReader.toAcled("Bombing/Explosion", true, "Police", "Grenade")).contains(EventType.SUICIDE_BOMB);
        assertThat(GtdCsvReader.toAcled("Bombing/Explosion", false, "Police", "Land Mine")).contains(EventType.REMOTE_EXPLOSIVE);
        assertThat(GtdCsvReader.toAcled("Armed Assault", false, "Police", "Grenade")).contains(EventType.ARMED_CLASH);
        assertThat(GtdCsvReader.toAcled("Armed Assault", false, "Military", "")).contains(EventType.ARMED_CLASH);
        assertThat(GtdCsvReader.toAcled("Armed Assault", false, "Police", "")).contains(EventType.ARMED_CLASH);
        assertThat(GtdCsvReader.toAcled("Armed Assault", false, "Private Citizens & Property", "")).contains(EventType.ATTACK);
        assertThat(GtdCsvReader.toAcled("Assassination", false, "Government (General)", "")).contains(EventType.ATTACK);
        assertThat(GtdCsvReader.toAcled("Unarmed Assault", false, "Business", "")).contains(EventType.ATTACK);
        assertThat(GtdCsvReader.toAcled("Hostage Taking (Kidnapping)", false, "NGO", "")).contains(EventType.ABDUCTION);
        assertThat(GtdCsvReader.toAcled("Hostage Taking (Barricade Incident)", false, "NGO", "")).contains(EventType.ABDUCTION);
        assertThat(GtdCsvReader.toAcled("Hijacking", false, "Transportation", "")).contains(EventType.ABDUCTION);
        assertThat(GtdCsvReader.toAcled("Facility/Infrastructure Attack", false, "Utilities", "")).contains(EventType.LOOTING_PROPERTY_DESTRUCTION);
        assertThat(GtdCsvReader.toAcled("Unknown", false, "Business", "")).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> GtdCsvReader.toAcled("Levitation", false, "", "")).hasMessageContaining("Levitation");
    }

    @Test
    void rowsBecomeDocumentsWithThePublicationDay() throws IOException {
        GoldSet set = new GtdCsvReader().read(EvalFixtures.resource("gtd_fixture.csv"));

        assertThat(set.documents()).extracting(GoldDocument::id).containsExactly("901", "902", "903", "904");
        assertThat(set.skipped()).isEqualTo(2);
        assertThat(set.problems()).hasSize(2);
        assertThat(set.problems().get(0)).isEqualTo("gtd_fixture.csv:9: unknown attacktype1_txt 'Levitation'");
        assertThat(set.problems().get(1)).startsWith("gtd_fixture.csv:10: malformed CSV: quoted field opened on line 10");

        GoldDocument bomb = set.documents().get(0);
        assertThat(bomb.publishedOn()).isEqualTo(LocalDate.of(2011, 3, 4));
        ReferenceEvent g = bomb.events().get(0);
        assertThat(g.subEventType()).isEqualTo(EventType.SUICIDE_BOMB);
        assertThat(g.eventType()).isEqualTo(EventCategory.EXPLOSIONS_REMOTE_VIOLENCE);
        assertThat(g.actor1()).as("'Unknown' perpetrators are not scored").isNull();
        assertThat(g.actor2()).isNull();
        assertThat(g.admin1()).isEqualTo("Khyber Pakhtunkhwa");
        assertThat(g.location()).isEqualTo(new LatLon(34.0, 71.5));
        assertThat(g.fatalities()).isEqualTo(3);
        assertThat(g.date()).as("the date is given to the pipeline, not scored").isNull();
    }

    @Test
    void unknownValuesAreNotScored() throws IOException {
        GoldSet set = new GtdCsvReader().read(EvalFixtures.resource("gtd_fixture.csv"));

        GoldDocument assault = set.documents().get(1);
        assertThat(assault.publishedOn()).as("month and day 0: no date").isNull();
        assertThat(assault.events().get(0).subEventType()).isEqualTo(EventType.ARMED_CLASH);
        assertThat(assault.events().get(0).actor1()).isEqualTo("Boko Haram");
        assertThat(assault.events().get(0).fatalities()).as("blank nkill").isNull();

        GoldDocument kidnapping = set.documents().get(2);
        assertThat(kidnapping.text()).isEqualTo("05/20/2011: Rebels kidnapped two engineers, \"who worked on a dam\", near Cali."
                + "\n\nThey were later freed.");
        assertThat(kidnapping.events().get(0).admin1()).isNull();
        assertThat(kidnapping.events().get(0).fatalities()).isZero();

        ReferenceEvent unknownType = set.documents().get(3).events().get(0);
        assertThat(unknownType.subEventType()).isNull();
        assertThat(unknownType.eventType()).isNull();
        assertThat(unknownType.fatalities()).as("a fractional share of a multi-part attack's dead").isNull();
    }
}
