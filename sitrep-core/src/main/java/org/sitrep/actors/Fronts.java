package org.sitrep.actors;

import org.sitrep.resources.TsvTable;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Fronts of armed conflicts where two sides hold ground across a line of contact, and which side
 * holds each settlement on them ({@code fronts.tsv}, {@code front-holdings.tsv}; see those files).
 * Immutable and thread-safe.
 */
public final class Fronts {
    private static final String FRONTS = "/org/sitrep/actors/fronts.tsv";
    private static final String HOLDINGS = "/org/sitrep/actors/front-holdings.tsv";

    /**
     * A front: its country, the days it held (inclusive), its two sides' actor ids and the words
     * that put a story on it.
     */
    public record Front(String id, String countryIso3, LocalDate from, LocalDate to, String sideA, String sideB, Pattern cues) {}

    /** A settlement on a front: the actor id of the side holding it and of the side across the line. */
    public record Holding(Front front, String holderId, String acrossId) {}

    /** Settlement name (lower case) → its holdings, one per front that lists it. */
    private final Map<String, List<Holding>> byName;

    private Fronts(Map<String, List<Holding>> byName) {
        this.byName = Map.copyOf(byName);
    }

    private static final class Holder {
        static final Fronts BUNDLED = load();
    }

    /** The fronts bundled with sitrep. */
    public static Fronts bundled() {
        return Holder.BUNDLED;
    }

    private static Fronts load() {
        Map<String, Front> fronts = new LinkedHashMap<>();
        for (String[] row : TsvTable.read(TsvTable.resource(FRONTS), FRONTS, 7)) {
            List<String> cues = new ArrayList<>();
            for (String cue : row[6].split("\\|")) {
                cues.add(Pattern.quote(cue.strip()));
            }
            Pattern cue = Pattern.compile("\\b(?:" + String.join("|", cues) + ")\\b", Pattern.CASE_INSENSITIVE);
            fronts.put(row[0], new Front(row[0], row[1], day(row[2], FRONTS), day(row[3], FRONTS), row[4], row[5], cue));
        }
        Map<String, List<Holding>> byName = new HashMap<>();
        for (String[] row : TsvTable.read(TsvTable.resource(HOLDINGS), HOLDINGS, 3)) {
            Front front = fronts.get(row[0]);
            if (front == null || !(row[1].equals("A") || row[1].equals("B"))) {
                throw new IllegalArgumentException(HOLDINGS + ": unknown front '" + row[0] + "' or side '" + row[1] + "'");
            }
            boolean a = row[1].equals("A");
            Holding h = new Holding(front, a ? front.sideA() : front.sideB(), a ? front.sideB() : front.sideA());
            for (String name : row[2].split("\\|")) {
                byName.computeIfAbsent(key(name), k -> new ArrayList<>()).add(h);
            }
        }
        byName.replaceAll((k, v) -> List.copyOf(v));
        return new Fronts(byName);
    }

    private static LocalDate day(String text, String source) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(source + ": bad date '" + text + "'", e);
        }
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The front settlement {@code placeName} names on {@code day}, when {@code text} (the event's
     * sentences) puts the story on that front with one of its cue words; empty otherwise, and for a
     * null day.
     */
    public Optional<Holding> holdingOf(String placeName, LocalDate day, String text) {
        if (placeName == null || day == null || text == null) {
            return Optional.empty();
        }
        for (Holding h : byName.getOrDefault(key(placeName), List.of())) {
            Front f = h.front();
            if (!day.isBefore(f.from()) && !day.isAfter(f.to()) && f.cues().matcher(text).find()) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }
}
