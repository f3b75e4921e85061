package org.sitrep.actors;

import org.sitrep.model.Actor;
import org.sitrep.resources.TsvTable;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The governments by which ACLED names state forces: "Military Forces of Ukraine (2019-)" for an
 * event in Ukraine from 20 May 2019 on ({@code regimes.tsv}). The period is written as ACLED
 * writes it while the regime is in force, "(start year-)"; an undated event, a country the table
 * does not list and a day before its first regime keep the plain name. Only names that start with
 * "Military Forces of " or "Police Forces of " and carry no period yet ("Military Forces of Sudan
 * (2019-) Rapid Support Forces" is left as it is) are dated: a dictionary name such as "Iraqi
 * Security Forces" is left as it is. Forces of a state without an ISO code are listed by their
 * actor id ("artsakh-military"). The actor's id never changes, so fusion and the actor network
 * still see one actor. Immutable and thread-safe.
 */
public final class Regimes {
    static final String RESOURCE = "/org/sitrep/actors/regimes.tsv";
    private static final List<String> DATED_PREFIXES = List.of("Military Forces of ", "Police Forces of ");
    /** A period already written: "(2019-)" at the end, or before a unit ("(2019-) Rapid Support Forces"). */
    private static final Pattern ALREADY_DATED = Pattern.compile("\\(\\d{4}-\\)|\\)$");

    private record Regime(LocalDate from, String firstYear) {}

    /** Per country (ISO alpha-3) or per actor id (forces of a state without one), regimes in order of their first day. */
    private final Map<String, List<Regime>> byCountry;

    private Regimes(Map<String, List<Regime>> byCountry) {
        this.byCountry = Map.copyOf(byCountry);
    }

    private static final class Holder {
        // Loaded once, lazily, under the JVM's class-initialisation lock.
        static final Regimes BUNDLED = fromRows(TsvTable.read(TsvTable.resource(RESOURCE), RESOURCE, 3));
    }

    /** The bundled table. */
    public static Regimes bundled() {
        return Holder.BUNDLED;
    }

    /**
     * @param rows {@code {ISO3 or actor id, first day YYYY-MM-DD, first year}}
     * @throws IllegalArgumentException on a malformed row, or a country whose rows are not in date order
     */
    static Regimes fromRows(List<String[]> rows) {
        Map<String, List<Regime>> byCountry = new HashMap<>();
        for (String[] row : rows) {
            LocalDate from;
            try {
                from = LocalDate.parse(row[1]);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("bad first day in: " + String.join("\t", row), e);
            }
            if (!row[0].matches("[A-Z]{3}|[a-z0-9]+(-[a-z0-9]+)*") || !row[2].matches("\\d{4}")) {
                throw new IllegalArgumentException("expected 'ISO3 or actor id<TAB>YYYY-MM-DD<TAB>YYYY', was: " + String.join("\t", row));
            }
            List<Regime> list = byCountry.computeIfAbsent(row[0], k -> new ArrayList<>());
            if (!list.isEmpty() && !list.get(list.size() - 1).from().isBefore(from)) {
                throw new IllegalArgumentException(row[0] + ": regimes must be listed in date order, " + row[1] + " is not after the one before");
            }
            list.add(new Regime(from, row[2]));
        }
        byCountry.replaceAll((k, v) -> List.copyOf(v));
        return new Regimes(byCountry);
    }

    /**
     * {@code actor} named as ACLED names it on {@code day}: "Military Forces of Ukraine" becomes
     * "Military Forces of Ukraine (2019-)" on 9 May 2020. Returns {@code actor} itself when nothing
     * applies (null actor, null day, a name not of state forces, no regime in force).
     */
    public Actor asOf(Actor actor, LocalDate day) {
        if (actor == null || day == null
                || DATED_PREFIXES.stream().noneMatch(p -> actor.name().startsWith(p)) || ALREADY_DATED.matcher(actor.name()).find()) {
            return actor;
        }
        List<Regime> regimes = byCountry.get(actor.id());
        if (regimes == null) {
            regimes = actor.countryIso3() == null ? List.of() : byCountry.getOrDefault(actor.countryIso3(), List.of());
        }
        Regime inForce = null;
        for (Regime r : regimes) {
            if (!r.from().isAfter(day)) {
                inForce = r;
            }
        }
        return inForce == null ? actor
                : new Actor(actor.id(), actor.name() + " (" + inForce.firstYear() + "-)", actor.type(), actor.countryIso3());
    }
}
