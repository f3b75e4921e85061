package org.sitrep.eval;

import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.Place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Pairs a document's predicted events with its gold events and scores each pair field by field.
 *
 * <p><b>Pairing</b>, per document: every (gold, predicted) pair gets an agreement, the sum of the
 * {@link Field#weight() weights} of the fields on which it agrees; pairs are then taken greedily,
 * highest agreement first (ties: earlier gold event, then earlier predicted event), each event at
 * most once. So as many pairs are made as the smaller side has events; a gold event left unpaired
 * is a miss (false negative), a predicted event left unpaired a false positive. A pair needs no
 * minimum agreement: it counts as a detection even when it disagrees on type, which the type
 * accuracies (and {@link Pair#typeAgrees()}) then show.
 *
 * <p><b>Fields</b> are scored only where the gold gives them (see {@link ReferenceEvent}): types and
 * names case-insensitively, names after trimming and collapsing spaces; admin1 against the
 * province of the predicted place, ignoring case, accents, punctuation and the generic word for a
 * province ("Nord-Kivu" = "Nord Kivu", "Gadabay Rayon" = "Gadabay"; a prediction without a place is wrong there),
 * and a gold name's gloss in parentheses is another name of it ("Odisha (formerly Orissa)"); location as the
 * predicted place within {@value #LOCATION_RADIUS_KM} km (haversine) of the gold point (a prediction
 * without a place is wrong); date as the exact day (a prediction without a date is wrong);
 * counts exactly.
 *
 * <p>Stateless and thread-safe.
 */
public final class EventScorer {
    /** A predicted place this close to the gold coordinates, or closer, is the right place. */
    public static final double LOCATION_RADIUS_KM = 25.0;

    /**
     * One field of one pair.
     *
     * @param gold the gold value as text, null for "none"
     * @param predicted the predicted value as text, null for none
     */
    public record Check(Field field, String gold, String predicted, boolean correct) {}

    /** A gold event and the predicted event paired with it, with the scored fields. */
    public record Pair(ReferenceEvent gold, Event predicted, List<Check> checks) {
        public Pair {
            Objects.requireNonNull(gold, "gold");
            Objects.requireNonNull(predicted, "predicted");
            checks = List.copyOf(checks);
        }

        /** The sum of the weights of the fields this pair agrees on. */
        public int agreement() {
            return checks.stream().filter(Check::correct).mapToInt(c -> c.field().weight()).sum();
        }

        public List<Check> errors() {
            return checks.stream().filter(c -> !c.correct()).toList();
        }

        /** True when every type field the gold gives agrees (vacuously true when it gives none). */
        public boolean typeAgrees() {
            return checks.stream().filter(c -> c.field().isType()).allMatch(Check::correct);
        }
    }

    /**
     * What the scorer made of one document.
     *
     * @param failure why the pipeline produced nothing for the document (its gold events are all
     *     missed), or null
     */
    public record DocumentScore(GoldDocument document, List<Pair> pairs, List<ReferenceEvent> missed,
                                List<Event> falsePositives, String failure) {
        public DocumentScore {
            Objects.requireNonNull(document, "document");
            pairs = List.copyOf(pairs);
            missed = List.copyOf(missed);
            falsePositives = List.copyOf(falsePositives);
        }
    }

    private EventScorer() {}

    /** Pairs and scores the events predicted for {@code document} against its gold events. */
    public static DocumentScore score(GoldDocument document, List<Event> predicted) {
        List<ReferenceEvent> gold = document.events();
        List<Pair> candidates = new ArrayList<>();
        List<int[]> positions = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                candidates.add(new Pair(gold.get(g), predicted.get(p), compare(gold.get(g), predicted.get(p))));
                positions.add(new int[] {g, p});
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            order.add(i);
        }
        // Candidates were made gold-major, so a stable sort on agreement keeps the documented tie order.
        order.sort(Comparator.comparingInt((Integer i) -> candidates.get(i).agreement()).reversed());
        boolean[] goldTaken = new boolean[gold.size()];
        boolean[] predictedTaken = new boolean[predicted.size()];
        Pair[] pairOfGold = new Pair[gold.size()];
        for (int i : order) {
            int g = positions.get(i)[0];
            int p = positions.get(i)[1];
            if (!goldTaken[g] && !predictedTaken[p]) {
                goldTaken[g] = true;
                predictedTaken[p] = true;
                pairOfGold[g] = candidates.get(i);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        List<ReferenceEvent> missed = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            if (pairOfGold[g] != null) {
                pairs.add(pairOfGold[g]);
            } else {
                missed.add(gold.get(g));
            }
        }
        List<Event> falsePositives = new ArrayList<>();
        for (int p = 0; p < predicted.size(); p++) {
            if (!predictedTaken[p]) {
                falsePositives.add(predicted.get(p));
            }
        }
        return new DocumentScore(document, pairs, missed, falsePositives, null);
    }

    /** A document the pipeline failed on: every gold event missed, nothing predicted. */
    public static DocumentScore failed(GoldDocument document, String failure) {
        return new DocumentScore(document, List.of(), document.events(), List.of(), Objects.requireNonNull(failure, "failure"));
    }

    /** The checks of every field the gold gives, in {@link Field} order. */
    public static List<Check> compare(ReferenceEvent gold, Event predicted) {
        List<Check> checks = new ArrayList<>();
        if (gold.eventType() != null) {
            String p = predicted.type().category().acledName();
            checks.add(new Check(Field.EVENT_TYPE, gold.eventType().acledName(), p, gold.eventType() == predicted.type().category()));
        }
        if (gold.subEventType() != null) {
            checks.add(new Check(Field.SUB_EVENT_TYPE, gold.subEventType().acledName(), predicted.type().acledName(),
                    gold.subEventType() == predicted.type()));
        }
        if (gold.ploverType() != null) {
            String p = predicted.type().ploverType();
            checks.add(new Check(Field.PLOVER_TYPE, gold.ploverType(), p, gold.ploverType().equalsIgnoreCase(p)));
        }
        name(checks, Field.ACTOR1, gold.actor1(), actorName(predicted.actor1()));
        name(checks, Field.ACTOR2, gold.actor2(), actorName(predicted.actor2()));
        Place place = predicted.location() == null ? null : predicted.location().place();
        adminName(checks, gold.admin1(), place == null ? null : place.admin1());
        if (gold.location() != null && place == null) {
            // A coded event the coder could not place is a wrong location, not an unscored one.
            checks.add(new Check(Field.LOCATION, point(gold.location()), null, false));
        } else if (gold.location() != null) {
            double km = gold.location().distanceKm(new LatLon(place.lat(), place.lon()));
            checks.add(new Check(Field.LOCATION, point(gold.location()),
                    String.format(Locale.ROOT, "%s %s, %.1f km away", place.name(), point(new LatLon(place.lat(), place.lon())), km),
                    km <= LOCATION_RADIUS_KM));
        }
        if (gold.date() != null) {
            checks.add(new Check(Field.DATE, gold.date().toString(), predicted.date() == null ? null : predicted.date().toString(),
                    gold.date().equals(predicted.date())));
        }
        count(checks, Field.FATALITIES, gold.fatalities(), predicted.fatalities());
        count(checks, Field.INJURED, gold.injured(), predicted.injured());
        count(checks, Field.ARRESTED, gold.arrested(), predicted.arrested());
        return checks;
    }

    private static String actorName(Actor actor) {
        return actor == null ? null : actor.name();
    }

    /** Scores a name the gold gives ("" = none): equal after trimming, collapsing spaces and ignoring case. */
    private static void name(List<Check> checks, Field field, String gold, String predicted) {
        if (gold == null) {
            return;
        }
        String g = normalize(gold);
        String p = predicted == null ? "" : normalize(predicted);
        checks.add(new Check(field, g.isEmpty() ? null : gold, p.isEmpty() ? null : predicted, g.equals(p)));
    }

    private static String normalize(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Words gazetteers add to a province's name or leave out: "Gadabay Rayon", "Nineveh Governorate". */
    private static final java.util.regex.Pattern ADMIN_WORDS = java.util.regex.Pattern.compile(
            "\\b(province|governorate|region|state|district|rayon|oblast|county|department|prefecture|municipality|republic|federal city)\\b");

    /**
     * Scores a province name. ACLED and GeoNames spell the same province differently in writing only
     * ("Nord-Kivu" / "Nord Kivu", "Gadabay" / "Gadabay Rayon"): case, accents, punctuation and the
     * generic word for a province are ignored; any other difference ("Banadir" / "Banaadir") counts
     * as wrong.
     */
    private static void adminName(List<Check> checks, String gold, String predicted) {
        if (gold == null) {
            return;
        }
        String p = predicted == null ? "" : adminKey(predicted);
        boolean right = false;
        List<String> golds = goldAdminNames(gold);
        for (String name : golds) {
            right |= adminKey(name).equals(p); // a blank gold ("no province") is right only when none is predicted
        }
        String g = adminKey(golds.get(0));
        checks.add(new Check(Field.ADMIN1, g.isEmpty() ? null : gold, p.isEmpty() ? null : predicted, right));
    }

    private static final java.util.regex.Pattern GLOSS = java.util.regex.Pattern.compile("^(.*?)\\s*\\(\\s*(?:formerly\\s+)?([^()]+)\\)\\s*$");

    /**
     * The names a gold province goes by: GTD glosses some in parentheses — "Khyber Pakhtunkhwa
     * (formerly NWFP)", "Al Iskandariyah (Alexandria)", "Moscow (Federal City)" — and either name is
     * the province. Without a gloss, the name alone.
     */
    static List<String> goldAdminNames(String gold) {
        java.util.regex.Matcher m = GLOSS.matcher(gold);
        if (!m.matches() || m.group(1).isBlank()) {
            return List.of(gold);
        }
        return List.of(m.group(1), m.group(2));
    }

    static String adminKey(String name) {
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        s = s.replaceAll("[^\\p{L}\\p{N}]+", " ");
        s = ADMIN_WORDS.matcher(s).replaceAll(" ");
        return s.strip().replaceAll("\\s+", " ");
    }

    private static void count(List<Check> checks, Field field, Integer gold, int predicted) {
        if (gold != null) {
            checks.add(new Check(field, String.valueOf(gold), String.valueOf(predicted), gold == predicted));
        }
    }

    private static String point(LatLon p) {
        return String.format(Locale.ROOT, "(%.4f, %.4f)", p.lat(), p.lon());
    }
}
