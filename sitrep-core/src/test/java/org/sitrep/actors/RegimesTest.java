package org.sitrep.actors;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegimesTest {
    private static final Actor UKRAINE = new Actor("military-ukr", "Military Forces of Ukraine", ActorType.STATE_FORCES, "UKR");

    /** A table of our own, so the rule is tested apart from the bundled dates. */
    private final Regimes regimes = Regimes.fromRows(List.of(
            new String[] {"UKR", "2014-06-07", "2014"},
            new String[] {"UKR", "2019-05-20", "2019"},
            new String[] {"IRQ", "2018-10-25", "2018"},
            new String[] {"artsakh-military", "2007-09-07", "2007"}));

    @Test
    void theGovernmentInForceOnTheDayNamesTheForces() {
        assertThat(regimes.asOf(UKRAINE, LocalDate.of(2020, 5, 9)).name()).isEqualTo("Military Forces of Ukraine (2019-)");
        assertThat(regimes.asOf(UKRAINE, LocalDate.of(2019, 5, 19)).name()).isEqualTo("Military Forces of Ukraine (2014-)");
        assertThat(regimes.asOf(UKRAINE, LocalDate.of(2019, 5, 20)).name()).isEqualTo("Military Forces of Ukraine (2019-)");
        Actor police = new Actor("police-ukr", "Police Forces of Ukraine", ActorType.STATE_FORCES, "UKR");
        assertThat(regimes.asOf(police, LocalDate.of(2020, 1, 1)).name()).isEqualTo("Police Forces of Ukraine (2019-)");
    }

    @Test
    void forcesOfAStateWithoutAnIsoCodeAreListedByActorId() {
        Actor artsakh = new Actor("artsakh-military", "Military Forces of Artsakh", ActorType.STATE_FORCES, null);
        assertThat(regimes.asOf(artsakh, LocalDate.of(2020, 5, 9)).name()).isEqualTo("Military Forces of Artsakh (2007-)");
    }

    @Test
    void theIdStaysSoThatFusionSeesOneActor() {
        Actor dated = regimes.asOf(UKRAINE, LocalDate.of(2020, 5, 9));
        assertThat(dated.id()).isEqualTo(UKRAINE.id());
        assertThat(dated.type()).isEqualTo(UKRAINE.type());
        assertThat(dated.countryIso3()).isEqualTo("UKR");
    }

    @Test
    void undatedUnlistedEarlierAndOtherNamesAreLeftAlone() {
        assertThat(regimes.asOf(UKRAINE, null)).isSameAs(UKRAINE);
        assertThat(regimes.asOf(UKRAINE, LocalDate.of(2010, 1, 1))).isSameAs(UKRAINE);
        Actor kenya = new Actor("military-ken", "Military Forces of Kenya", ActorType.STATE_FORCES, "KEN");
        assertThat(regimes.asOf(kenya, LocalDate.of(2020, 1, 1))).isSameAs(kenya);
        Actor isf = new Actor("iraqi-security-forces", "Iraqi Security Forces", ActorType.STATE_FORCES, "IRQ");
        assertThat(regimes.asOf(isf, LocalDate.of(2020, 1, 1))).isSameAs(isf);
        Actor civilians = new Actor("civilians-ukr", "Civilians (Ukraine)", ActorType.CIVILIANS, "UKR");
        assertThat(regimes.asOf(civilians, LocalDate.of(2020, 1, 1))).isSameAs(civilians);
        assertThat(regimes.asOf(null, LocalDate.of(2020, 1, 1))).isNull();
        // Already dated (by a user dictionary, say): not dated twice.
        Actor dated = regimes.asOf(UKRAINE, LocalDate.of(2020, 1, 1));
        assertThat(regimes.asOf(dated, LocalDate.of(2020, 1, 1))).isSameAs(dated);
    }

    @Test
    void aUnitNamedWithItsPeriodIsNotDatedAgain() {
        Regimes sudan = Regimes.fromRows(List.<String[]>of(new String[] {"SDN", "2019-04-11", "2019"}));
        Actor rsf = new Actor("rsf", "Military Forces of Sudan (2019-) Rapid Support Forces", ActorType.STATE_FORCES, "SDN");
        assertThat(sudan.asOf(rsf, LocalDate.of(2020, 5, 9))).isSameAs(rsf);
    }

    @Test
    void badTablesAreRefused() {
        assertThatThrownBy(() -> Regimes.fromRows(List.<String[]>of(new String[] {"UKR", "2019-13-01", "2019"})))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Regimes.fromRows(List.of(new String[] {"UKR", "2019-05-20", "2019"},
                new String[] {"UKR", "2014-06-07", "2014"}))).hasMessageContaining("date order");
        assertThatThrownBy(() -> Regimes.fromRows(List.<String[]>of(new String[] {"Ukraine", "2019-05-20", "2019"})))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBundledTableLoads() {
        Actor dated = Regimes.bundled().asOf(UKRAINE, LocalDate.of(2020, 5, 9));
        assertThat(dated.name()).matches("Military Forces of Ukraine \\(\\d{4}-\\)");
    }
}
