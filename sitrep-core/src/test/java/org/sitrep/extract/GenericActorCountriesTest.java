package org.sitrep.extract;

import org.junit.jupiter.api.Test;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.GenericRole;
import org.sitrep.geo.Countries;
import org.sitrep.geo.PlaceQuery;
import org.sitrep.model.Actor;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GenericActorCountriesTest {
    private final ActorDictionary actors = ActorDictionary.bundled();
    private final GenericActorCountries settle = new GenericActorCountries(actors, Countries.bundled());

    private static final Place AFGOOYE = new Place(1, "Afgooye", 2.14, 45.12, "SOM", "Lower Shabeelle", null, "PPL", 65_000);

    private static EventMention mention(Actor a1, Actor a2, Place at) {
        Location location = at == null ? null : new Location(at, 1, at.name(), null);
        return new EventMention(EventType.ATTACK, a1, a2, location, LocalDate.of(2020, 5, 3), DatePrecision.DAY,
                0, 0, 0, 0.9, "test", List.of(new Evidence("doc", 0, new Span(0, 8), "evidence")));
    }

    @Test
    void unnamedActorsAreOfTheCountryWhereTheEventHappened() {
        // The article's names voted for the Philippines (a village there shares a Somali name), but
        // the event was placed in Somalia: its civilians are Somalia's.
        Actor armed = actors.forRole(GenericRole.ARMED_GROUP, "PHL", "Philippines");
        Actor civilians = actors.forRole(GenericRole.CIVILIANS, "PHL", "Philippines");
        EventMention settled = settle.settle(mention(armed, civilians, AFGOOYE), new PlaceQuery(List.of(), "PHL"));
        assertThat(settled.actor1().name()).isEqualTo("Unidentified Armed Group (Somalia)");
        assertThat(settled.actor2().name()).isEqualTo("Civilians (Somalia)");
        assertThat(settled.actor2().countryIso3()).isEqualTo("SOM");
    }

    @Test
    void stateForcesAndNamedActorsKeepTheirCountry() {
        Actor military = actors.forRole(GenericRole.STATE_MILITARY, "KEN", "Kenya");
        Actor civilians = actors.forRole(GenericRole.CIVILIANS, "KEN", "Kenya");
        EventMention settled = settle.settle(mention(military, civilians, AFGOOYE), new PlaceQuery(List.of(), "KEN"));
        assertThat(settled.actor1()).isEqualTo(military);
        assertThat(settled.actor2().name()).isEqualTo("Civilians (Somalia)");
        // Civilians of a third country (named by a demonym, not the focus) stay theirs.
        Actor ugandans = actors.forRole(GenericRole.CIVILIANS, "UGA", "Uganda");
        assertThat(settle.settle(mention(military, ugandans, AFGOOYE), new PlaceQuery(List.of(), "KEN")).actor2())
                .isEqualTo(ugandans);
    }

    @Test
    void brazilsGangOrPoliceMilitiaIsBrazilsAlone() {
        // Voted for Brazil, placed in Mexico: Mexico's unattributed killer is its unidentified gang;
        // placed in Somalia, where ACLED codes no gangs, an unidentified armed group.
        Actor killer = actors.unattributedKiller("BRA", "Brazil");
        assertThat(killer.name()).isEqualTo("Unidentified Gang and/or Police Militia");
        Place celaya = new Place(2, "Celaya", 20.52, -100.81, "MEX", "Guanajuato", null, "PPLA2", 340_000);
        assertThat(settle.settle(mention(killer, null, celaya), new PlaceQuery(List.of(), "BRA")).actor1().name())
                .isEqualTo("Unidentified Gang (Mexico)");
        assertThat(settle.settle(mention(killer, null, AFGOOYE), new PlaceQuery(List.of(), "BRA")).actor1().name())
                .isEqualTo("Unidentified Armed Group (Somalia)");
    }

    @Test
    void withoutAPlaceOrAFocusNothingMoves() {
        Actor civilians = actors.forRole(GenericRole.CIVILIANS, "PHL", "Philippines");
        EventMention unplaced = mention(null, civilians, null);
        assertThat(settle.settle(unplaced, new PlaceQuery(List.of(), "PHL"))).isSameAs(unplaced);
        EventMention placed = mention(null, civilians, AFGOOYE);
        assertThat(settle.settle(placed, new PlaceQuery(List.of(), null))).isSameAs(placed);
    }
}
