package org.sitrep.extract;

import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.GenericRole;
import org.sitrep.geo.Countries;
import org.sitrep.geo.Country;
import org.sitrep.geo.PlaceQuery;
import org.sitrep.model.Actor;
import org.sitrep.model.EventMention;

import java.util.List;

/**
 * Names the unnamed, non-state actors of an event after the country where it happened, as ACLED
 * does: "Civilians (Venezuela)", "Protesters (Nigeria)", "Unidentified Armed Group (Somalia)".
 *
 * <p>The coder names them after the article's focus country, the country its place names vote for
 * most. The event's own place is better evidence when the geocoder placed it elsewhere: a stated
 * hierarchy ("Carvajal, Trujillo state") settles what a vote between namesakes (Trujillo, Peru and
 * Venezuela) cannot. State forces keep their country: "Turkish soldiers shelled a village in Syria" is
 * Turkey's military, wherever the shells fell. The unattributed killer of criminal violence
 * ({@link ActorDictionary#unattributedKiller}) is the event country's too, or its unidentified armed
 * group where ACLED codes no gangs. Immutable and thread-safe.
 */
public final class GenericActorCountries implements LocatedMentions {
    /** The roles whose actors are named after the event's country, whoever they are. */
    private static final List<GenericRole> OF_THE_PLACE = List.of(GenericRole.CIVILIANS, GenericRole.PROTESTERS,
            GenericRole.RIOTERS, GenericRole.ARMED_GROUP, GenericRole.GANG);

    private final ActorDictionary actors;
    private final Countries countries;

    public GenericActorCountries(ActorDictionary actors, Countries countries) {
        if (actors == null || countries == null) {
            throw new IllegalArgumentException("actors and countries must not be null");
        }
        this.actors = actors;
        this.countries = countries;
    }

    @Override
    public EventMention settle(EventMention located, PlaceQuery where) {
        String focus = where.focusCountryIso3();
        if (located.location() == null || located.location().place() == null || focus == null) {
            return located;
        }
        Country happened = countries.byIso3(located.location().place().countryIso3()).orElse(null);
        Country named = countries.byIso3(focus).orElse(null);
        if (happened == null || named == null || happened.iso3().equals(named.iso3())) {
            return located; // a region of no country, or nothing to move
        }
        Actor a1 = moved(located.actor1(), named, happened);
        Actor a2 = moved(located.actor2(), named, happened);
        return a1 == located.actor1() && a2 == located.actor2() ? located : located.withActors(a1, a2);
    }

    /** The actor of the same role in {@code happened} when {@code a} is that role's actor of {@code named}. */
    private Actor moved(Actor a, Country named, Country happened) {
        if (a == null) {
            return null;
        }
        for (GenericRole role : OF_THE_PLACE) {
            if (a.id().equals(actors.forRole(role, named.iso3(), named.name()).id())) {
                return actors.forRole(role, happened.iso3(), happened.name());
            }
        }
        if (actors.codesGangs(named.iso3()) && a.id().equals(actors.unattributedKiller(named.iso3(), named.name()).id())) {
            // Brazil's "Unidentified Gang and/or Police Militia" is Brazil's alone.
            return actors.codesGangs(happened.iso3()) ? actors.unattributedKiller(happened.iso3(), happened.name())
                    : actors.forRole(GenericRole.ARMED_GROUP, happened.iso3(), happened.name());
        }
        return a;
    }
}
