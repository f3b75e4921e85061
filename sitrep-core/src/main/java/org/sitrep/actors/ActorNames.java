package org.sitrep.actors;

import org.sitrep.model.Actor;
import org.sitrep.resources.TsvTable;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The names ACLED gives one dictionary actor by where and when it acts ({@code actor-names.tsv}):
 * the Islamic State is "Islamic State (Egypt)" in Egypt and "Islamic State" in Iraq; the group
 * news call ISGS is "Islamic State (Greater Sahara)" until ACLED renamed it "Islamic State Sahel
 * Province". The actor's id, type and home country never change, so fusion and the actor network
 * still see one actor. Immutable and thread-safe.
 */
public final class ActorNames {
    static final String RESOURCE = "/org/sitrep/actors/actor-names.tsv";

    /**
     * One row of the table.
     *
     * @param countryIso3 where the actor acts, or null for anywhere
     * @param from first day the name holds, or null for always
     */
    private record Name(String countryIso3, LocalDate from, String name) {}

    private final Map<String, List<Name>> byActorId;

    private ActorNames(Map<String, List<Name>> byActorId) {
        this.byActorId = Map.copyOf(byActorId);
    }

    private static final class Holder {
        // Loaded once, lazily, under the JVM's class-initialisation lock.
        static final ActorNames BUNDLED = fromRows(TsvTable.read(TsvTable.resource(RESOURCE), RESOURCE, 4));
    }

    /** The bundled table. */
    public static ActorNames bundled() {
        return Holder.BUNDLED;
    }

    /**
     * @param rows {@code {actor id, ISO3 or -, first day YYYY-MM-DD or -, name}}
     * @throws IllegalArgumentException on a malformed row, or two rows for one actor, country and day
     */
    static ActorNames fromRows(List<String[]> rows) {
        Map<String, List<Name>> byActorId = new HashMap<>();
        for (String[] row : rows) {
            if (!row[1].matches("[A-Z]{3}|-") || row[3].isBlank()) {
                throw new IllegalArgumentException("expected 'actor id<TAB>ISO3 or -<TAB>YYYY-MM-DD or -<TAB>name', was: "
                        + String.join("\t", row));
            }
            LocalDate from;
            try {
                from = row[2].equals("-") ? null : LocalDate.parse(row[2]);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("bad first day in: " + String.join("\t", row), e);
            }
            Name name = new Name(row[1].equals("-") ? null : row[1], from, row[3].strip());
            List<Name> list = byActorId.computeIfAbsent(row[0], k -> new ArrayList<>());
            for (Name other : list) {
                if (Objects.equals(other.countryIso3(), name.countryIso3()) && Objects.equals(other.from(), name.from())) {
                    throw new IllegalArgumentException(row[0] + " has two names for " + row[1] + " from " + row[2]);
                }
            }
            list.add(name);
        }
        byActorId.replaceAll((k, v) -> List.copyOf(v));
        return new ActorNames(byActorId);
    }

    /**
     * {@code actor} as ACLED names it when it acts in {@code countryIso3} on {@code day}. Rows for
     * that country win over rows for anywhere; among those, the one with the latest first day not
     * after {@code day} (a row without a first day holds always). An undated event takes only rows
     * without a first day; an unknown country only rows for anywhere. Returns {@code actor} itself
     * when no row applies or the name is already the one in force.
     *
     * @param countryIso3 the country of the event, or null when unknown
     * @param day the event's day, or null when unknown
     */
    public Actor asOf(Actor actor, LocalDate day, String countryIso3) {
        List<Name> names = actor == null ? null : byActorId.get(actor.id());
        if (names == null) {
            return actor;
        }
        Name inForce = countryIso3 == null ? null : latest(names, countryIso3, day);
        if (inForce == null) {
            inForce = latest(names, null, day);
        }
        return inForce == null || inForce.name().equals(actor.name()) ? actor
                : new Actor(actor.id(), inForce.name(), actor.type(), actor.countryIso3());
    }

    private static Name latest(List<Name> names, String countryIso3, LocalDate day) {
        Name best = null;
        for (Name n : names) {
            if (!Objects.equals(n.countryIso3(), countryIso3)
                    || n.from() != null && (day == null || n.from().isAfter(day))) {
                continue;
            }
            if (best == null || best.from() == null || n.from() != null && n.from().isAfter(best.from())) {
                best = n;
            }
        }
        return best;
    }
}
