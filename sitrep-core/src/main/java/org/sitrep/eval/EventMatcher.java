package org.sitrep.eval;

import org.sitrep.model.Event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Matches predicted events of one article to its gold events and lists every disagreement.
 *
 * <p>Matching: each gold event, in file order, takes the unmatched predicted event of the same
 * sub-event type that agrees with it on the most scored fields (ties: article order). A gold event
 * with no predicted event of its type is missed; a predicted event left over is spurious. Scored
 * fields, compared exactly (names case-insensitively): actor1, actor2, fatalities, injured, arrested,
 * admin1, date — each only when the gold file gives it.
 */
public final class EventMatcher {
    /** One field on which a matched pair disagrees. */
    public record FieldError(String field, String gold, String predicted) {}

    /** A gold event and the predicted event matched to it (null when missed), with their disagreements. */
    public record Pair(GoldEvent gold, Event predicted, List<FieldError> errors) {
        public Pair {
            errors = List.copyOf(errors);
        }
    }

    /** Everything the matcher found for one article. */
    public record Result(List<Pair> pairs, List<Event> spurious) {
        public Result {
            pairs = List.copyOf(pairs);
            spurious = List.copyOf(spurious);
        }

        public boolean perfect() {
            return spurious.isEmpty() && pairs.stream().allMatch(p -> p.predicted() != null && p.errors().isEmpty());
        }

        /** A readable account of every miss, spurious event and field error. */
        public String describe() {
            StringBuilder sb = new StringBuilder();
            for (Pair p : pairs) {
                if (p.predicted() == null) {
                    sb.append("MISSED ").append(p.gold().doc()).append(" line ").append(p.gold().line()).append(": ")
                            .append(p.gold().subEventType()).append(" — ").append(p.gold().evidence()).append('\n');
                } else if (!p.errors().isEmpty()) {
                    sb.append("WRONG ").append(p.gold().doc()).append(" line ").append(p.gold().line()).append(' ')
                            .append(p.gold().subEventType()).append(": ").append(p.errors()).append('\n');
                }
            }
            for (Event e : spurious) {
                sb.append("SPURIOUS ").append(e.type().acledName()).append(' ')
                        .append(e.actor1() == null ? "-" : e.actor1().name()).append(" → ")
                        .append(e.actor2() == null ? "-" : e.actor2().name()).append(": ")
                        .append(e.evidence().get(0).text()).append('\n');
            }
            return sb.toString();
        }
    }

    private EventMatcher() {}

    public static Result match(List<GoldEvent> gold, List<Event> predicted) {
        List<Event> left = new ArrayList<>(predicted);
        List<Pair> pairs = new ArrayList<>();
        for (GoldEvent g : gold) {
            Event best = null;
            List<FieldError> bestErrors = null;
            for (Event e : left) {
                if (!e.type().acledName().equalsIgnoreCase(g.subEventType())) {
                    continue;
                }
                List<FieldError> errors = compare(g, e);
                if (best == null || errors.size() < bestErrors.size()) {
                    best = e;
                    bestErrors = errors;
                }
            }
            if (best != null) {
                left.remove(best);
            }
            pairs.add(new Pair(g, best, best == null ? List.of() : bestErrors));
        }
        return new Result(pairs, left);
    }

    static List<FieldError> compare(GoldEvent g, Event e) {
        List<FieldError> errors = new ArrayList<>();
        name(errors, "actor1", g.actor1(), e.actor1() == null ? null : e.actor1().name());
        name(errors, "actor2", g.actor2(), e.actor2() == null ? null : e.actor2().name());
        count(errors, "fatalities", g.fatalities(), e.fatalities());
        count(errors, "injured", g.injured(), e.injured());
        count(errors, "arrested", g.arrested(), e.arrested());
        if (g.admin1Given()) {
            String admin1 = e.location() == null || e.location().place() == null ? null : e.location().place().admin1();
            name(errors, "admin1", g.admin1(), admin1);
        }
        if (g.dateGiven() && !Objects.equals(g.date(), e.date())) {
            errors.add(new FieldError("date", String.valueOf(g.date()), String.valueOf(e.date())));
        }
        return errors;
    }

    private static void name(List<FieldError> errors, String field, String gold, String predicted) {
        String a = gold == null ? "" : gold.toLowerCase(Locale.ROOT);
        String b = predicted == null ? "" : predicted.toLowerCase(Locale.ROOT);
        if (!a.equals(b)) {
            errors.add(new FieldError(field, gold, predicted));
        }
    }

    private static void count(List<FieldError> errors, String field, Integer gold, int predicted) {
        if (gold != null && gold != predicted) {
            errors.add(new FieldError(field, String.valueOf(gold), String.valueOf(predicted)));
        }
    }
}
