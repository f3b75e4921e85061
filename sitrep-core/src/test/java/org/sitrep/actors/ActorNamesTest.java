package org.sitrep.actors;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActorNamesTest {
    private static final Actor IS = new Actor("islamic-state", "Islamic State", ActorType.REBEL_GROUP, null);
    private static final Actor ISGS = new Actor("is-sahel", "Islamic State Sahel Province", ActorType.REBEL_GROUP, null);

    /** A table of our own, so the rule is tested apart from the bundled names. */
    private final ActorNames names = ActorNames.fromRows(List.of(
            new String[] {"islamic-state", "EGY", "-", "Islamic State (Egypt)"},
            new String[] {"islamic-state", "MLI", "-", "Islamic State (Greater Sahara)"},
            new String[] {"islamic-state", "MLI", "2022-03-21", "Islamic State Sahel Province"},
            new String[] {"is-sahel", "-", "-", "Islamic State (Greater Sahara)"},
            new String[] {"is-sahel", "-", "2022-03-21", "Islamic State Sahel Province"}));

    @Test
    void theCountryWhereItActsNamesTheActor() {
        assertThat(names.asOf(IS, LocalDate.of(2020, 5, 8), "EGY").name()).isEqualTo("Islamic State (Egypt)");
        assertThat(names.asOf(IS, null, "EGY").name()).isEqualTo("Islamic State (Egypt)");
        // Iraq has no row: the dictionary's name.
        assertThat(names.asOf(IS, LocalDate.of(2020, 5, 8), "IRQ")).isSameAs(IS);
        assertThat(names.asOf(IS, LocalDate.of(2020, 5, 8), null)).isSameAs(IS);
    }

    @Test
    void theDayPicksTheNameInForce() {
        assertThat(names.asOf(ISGS, LocalDate.of(2020, 5, 8), "NER").name()).isEqualTo("Islamic State (Greater Sahara)");
        assertThat(names.asOf(ISGS, LocalDate.of(2022, 3, 20), null).name()).isEqualTo("Islamic State (Greater Sahara)");
        assertThat(names.asOf(ISGS, LocalDate.of(2022, 3, 21), null)).isSameAs(ISGS);
        assertThat(names.asOf(IS, LocalDate.of(2023, 1, 1), "MLI").name()).isEqualTo("Islamic State Sahel Province");
        assertThat(names.asOf(IS, LocalDate.of(2021, 1, 1), "MLI").name()).isEqualTo("Islamic State (Greater Sahara)");
        // Undated: only a name without a first day holds.
        assertThat(names.asOf(ISGS, null, null).name()).isEqualTo("Islamic State (Greater Sahara)");
    }

    @Test
    void theIdFamilyAndHomeStay() {
        Actor egypt = names.asOf(IS, LocalDate.of(2020, 5, 8), "EGY");
        assertThat(egypt.id()).isEqualTo(IS.id());
        assertThat(egypt.type()).isEqualTo(IS.type());
        assertThat(egypt.countryIso3()).isNull();
        assertThat(names.asOf(null, LocalDate.of(2020, 5, 8), "EGY")).isNull();
    }

    @Test
    void badTablesAreRefused() {
        assertThatThrownBy(() -> ActorNames.fromRows(List.<String[]>of(new String[] {"x", "Egypt", "-", "X"})))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActorNames.fromRows(List.<String[]>of(new String[] {"x", "EGY", "2022-13-01", "X"})))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActorNames.fromRows(List.of(new String[] {"x", "EGY", "-", "X"}, new String[] {"x", "EGY", "-", "Y"})))
                .hasMessageContaining("two names");
    }

    /** The bundled tables together, through the dictionary: names by place and day, then the government's period. */
    @Test
    void theBundledDictionaryNamesActorsAsAcledDoes() {
        ActorDictionary actors = ActorDictionary.bundled();
        LocalDate may2020 = LocalDate.of(2020, 5, 8);
        assertThat(actors.asOf(actors.byId("islamic-state").orElseThrow(), may2020, "EGY").name()).isEqualTo("Islamic State (Egypt)");
        assertThat(actors.asOf(actors.byId("islamic-state").orElseThrow(), may2020, "IRQ").name()).isEqualTo("Islamic State");
        assertThat(actors.asOf(actors.byId("is-sahel").orElseThrow(), may2020, "NER").name()).isEqualTo("Islamic State (Greater Sahara)");
        assertThat(actors.asOf(actors.byId("boko-haram").orElseThrow(), may2020, "NGA").name())
                .isEqualTo("Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad");
        assertThat(actors.asOf(actors.byId("al-shabaab").orElseThrow(), may2020, "MOZ").name()).isEqualTo("Islamist Militia (Mozambique)");
        assertThat(actors.asOf(actors.byId("al-shabaab").orElseThrow(), may2020, "SOM").name()).isEqualTo("Al Shabaab");
        // A unit named with its forces' period between; a name already dated is not dated again.
        assertThat(actors.asOf(actors.byId("rsf").orElseThrow(), may2020, "SDN").name()).isEqualTo("Military Forces of Sudan (2019-) Rapid Support Forces");
        assertThat(actors.asOf(actors.byId("rsf").orElseThrow(), LocalDate.of(2023, 6, 1), "SDN").name()).isEqualTo("Rapid Support Forces");
        assertThat(actors.asOf(actors.byId("somalia-military/jubaland-security-force").orElseThrow(), may2020, "SOM").name())
                .isEqualTo("Military Forces of Somalia (2017-) Jubaland Security Force");
        // Foreign forces take their own country's government.
        assertThat(actors.asOf(actors.byId("france-military").orElseThrow(), may2020, "MLI").name()).isEqualTo("Military Forces of France (2017-)");
    }
}
