package org.sitrep.actors;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Actor;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AcledCountryNamesTest {
    @Test
    void acledsNameWhereItDiffersElseTheFallback() {
        AcledCountryNames names = AcledCountryNames.fromRows(List.<String[]>of(new String[] {"COD", "Democratic Republic of Congo"}));
        assertThat(names.nameOf("COD", "Democratic Republic of the Congo")).isEqualTo("Democratic Republic of Congo");
        assertThat(names.nameOf("KEN", "Kenya")).isEqualTo("Kenya");
        assertThat(names.nameOf(null, "Kenya")).isEqualTo("Kenya");
        assertThatThrownBy(() -> AcledCountryNames.fromRows(List.<String[]>of(new String[] {"cod", "x"})))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AcledCountryNames.fromRows(List.of(new String[] {"COD", "x"}, new String[] {"COD", "y"})))
                .hasMessageContaining("twice");
    }

    @Test
    void genericActorsTakeAcledsCountryName() {
        ActorDictionary actors = ActorDictionary.bundled();
        Actor protesters = actors.forRole(GenericRole.PROTESTERS, "COD", "Democratic Republic of the Congo");
        assertThat(protesters.name()).isEqualTo("Protesters (Democratic Republic of Congo)");
        assertThat(actors.forRole(GenericRole.CIVILIANS, "KEN", "Kenya").name()).isEqualTo("Civilians (Kenya)");
    }

    @Test
    void gangWordsNameAnUnidentifiedGang() {
        ActorDictionary actors = ActorDictionary.bundled();
        assertThat(actors.genericRole("cartel")).contains(GenericRole.GANG);
        assertThat(actors.genericRole("gang")).contains(GenericRole.GANG);
        Actor gang = actors.forRole(GenericRole.GANG, "MEX", "Mexico");
        assertThat(gang.name()).isEqualTo("Unidentified Gang (Mexico)");
        assertThat(gang.type().armed()).isTrue();
    }

    /** "Forces of the Philippines", "Forces of the Democratic Republic of Congo"; "Forces of Kenya"; no article in brackets. */
    @Test
    void forcesOfCountriesEnglishWritesWithTheTakeIt() {
        ActorDictionary actors = ActorDictionary.bundled();
        assertThat(actors.forRole(GenericRole.STATE_POLICE, "PHL", "Philippines").name()).isEqualTo("Police Forces of the Philippines");
        assertThat(actors.forRole(GenericRole.STATE_MILITARY, "COD", "Democratic Republic of the Congo").name())
                .isEqualTo("Military Forces of the Democratic Republic of Congo");
        assertThat(actors.forRole(GenericRole.STATE_MILITARY, "CAF", "Central African Republic").name())
                .isEqualTo("Military Forces of the Central African Republic");
        assertThat(actors.forRole(GenericRole.STATE_MILITARY, "KEN", "Kenya").name()).isEqualTo("Military Forces of Kenya");
        assertThat(actors.forRole(GenericRole.PROTESTERS, "PHL", "Philippines").name()).isEqualTo("Protesters (Philippines)");
    }
}
