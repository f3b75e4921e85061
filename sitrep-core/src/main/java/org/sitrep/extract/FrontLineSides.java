package org.sitrep.extract;

import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.Fronts;
import org.sitrep.geo.PlaceQuery;
import org.sitrep.model.Actor;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Names the sides of fire on a front line that the text leaves unnamed, by ACLED's convention for
 * reports of ceasefire monitors: fire observed at a settlement one side holds is the other side's
 * fire on it. A shelling there is coded to the side across the line (actor1, no actor2); a fight
 * there (shots, "in both directions of the frontline") is between the side across the line
 * (actor1) and the holder (actor2). Only mentions whose sides are both unnamed (none, or an
 * unidentified armed group) change: a side the text names is kept. The fronts, their periods and
 * who holds what are in {@link Fronts}. Immutable and thread-safe.
 */
public final class FrontLineSides implements LocatedMentions {
    private final ActorDictionary actors;
    private final Fronts fronts;

    public FrontLineSides(ActorDictionary actors, Fronts fronts) {
        if (actors == null || fronts == null) {
            throw new IllegalArgumentException("actors and fronts must not be null");
        }
        this.actors = actors;
        this.fronts = fronts;
    }

    @Override
    public EventMention settle(EventMention located, PlaceQuery where) {
        EventType type = located.type();
        boolean fight = type == EventType.ARMED_CLASH;
        if (!fight && type != EventType.SHELLING_ARTILLERY_MISSILE || !unnamed(located.actor1()) || !unnamed(located.actor2())
                || where.names().isEmpty()) {
            return located;
        }
        String text = located.evidence().stream().map(Evidence::text).collect(Collectors.joining(" "));
        Optional<Fronts.Holding> holding = fronts.holdingOf(where.names().get(0).text(), located.date(), text);
        if (holding.isEmpty()) {
            return located;
        }
        Actor across = side(holding.get().acrossId(), located);
        Actor holder = side(holding.get().holderId(), located);
        if (across == null || holder == null) {
            return located;
        }
        return located.withActors(across, fight ? holder : null);
    }

    private Actor side(String id, EventMention located) {
        return actors.byId(id).map(a -> actors.asOf(a, located.date())).orElse(null);
    }

    /** No actor, or one the coder made up for want of a name ("Unidentified Armed Group (Ukraine)"). */
    private static boolean unnamed(Actor a) {
        return a == null || a.id().startsWith("unidentified-armed-group-");
    }
}
