package org.sitrep.actors;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled fronts: a settlement's holder, only on the front's days and with a cue word of the front in the text. */
class FrontsTest {
    private static final LocalDate IN_2020 = LocalDate.of(2020, 5, 10);

    @Test
    void aSettlementOnTheFrontHasItsHolderAndTheSideAcross() {
        Fronts.Holding h = Fronts.bundled().holdingOf("Sokilnyky", IN_2020, "the OSCE SMM observed 14 explosions").orElseThrow();
        assertThat(h.holderId()).isEqualTo("novorossiya");
        assertThat(h.acrossId()).isEqualTo("ukraine-military");
        assertThat(Fronts.bundled().holdingOf("krymske", IN_2020, "fighting on the frontline").orElseThrow().holderId())
                .isEqualTo("ukraine-military");
    }

    @Test
    void noHoldingWithoutACueOutsideThePeriodOrOffTheList() {
        assertThat(Fronts.bundled().holdingOf("Lozove", IN_2020, "gunmen fired at a car")).isEmpty();
        assertThat(Fronts.bundled().holdingOf("Lozove", LocalDate.of(2023, 5, 10), "the OSCE SMM observed")).isEmpty();
        assertThat(Fronts.bundled().holdingOf("Donetsk", IN_2020, "the OSCE SMM observed")).isEmpty();
        assertThat(Fronts.bundled().holdingOf("Lozove", null, "the OSCE SMM observed")).isEmpty();
    }
}
