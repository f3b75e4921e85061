package org.sitrep.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.Evidence;
import org.sitrep.model.Place;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes every disagreement of an evaluation as JSON Lines, for a person to study: one object a
 * line, with {@code kind} one of
 * <ul>
 * <li>{@code missed}: a gold event no predicted event was paired with ({@code gold});</li>
 * <li>{@code false_positive}: a predicted event paired with no gold event ({@code predicted});</li>
 * <li>{@code wrong_fields}: a pair that disagrees on some fields ({@code errors}: field, gold,
 *     predicted; and the whole {@code gold} and {@code predicted} events);</li>
 * <li>{@code failed}: a document the pipeline failed on ({@code message}); its gold events are
 *     not listed again as missed.</li>
 * </ul>
 * Every line also has {@code doc} (the document's id) and {@code text} (the document's text).
 * Predicted events carry their evidence sentences and the coder's reasons. Stateless.
 */
public final class ErrorLog {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorLog() {}

    /** Writes the lines to {@code out} (not closed); returns how many. */
    public static int write(EvalReport report, Writer out) throws IOException {
        int lines = 0;
        for (EventScorer.DocumentScore s : report.scores()) {
            if (s.failure() != null) {
                ObjectNode line = line("failed", s);
                line.put("message", s.failure());
                lines += emit(line, out);
            }
            for (ReferenceEvent g : s.missed()) {
                if (s.failure() == null) {
                    ObjectNode line = line("missed", s);
                    line.set("gold", gold(g));
                    lines += emit(line, out);
                }
            }
            for (EventScorer.Pair p : s.pairs()) {
                if (p.errors().isEmpty()) {
                    continue;
                }
                ObjectNode line = line("wrong_fields", s);
                ArrayNode errors = line.putArray("errors");
                for (EventScorer.Check c : p.errors()) {
                    errors.addObject().put("field", c.field().label()).put("gold", c.gold()).put("predicted", c.predicted());
                }
                line.set("gold", gold(p.gold()));
                line.set("predicted", predicted(p.predicted()));
                lines += emit(line, out);
            }
            for (Event e : s.falsePositives()) {
                ObjectNode line = line("false_positive", s);
                line.set("predicted", predicted(e));
                lines += emit(line, out);
            }
        }
        out.flush();
        return lines;
    }

    private static ObjectNode line(String kind, EventScorer.DocumentScore s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("kind", kind);
        n.put("doc", s.document().id());
        if (s.document().publishedOn() != null) {
            n.put("published", s.document().publishedOn().toString());
        }
        n.put("text", s.document().text());
        return n;
    }

    private static int emit(ObjectNode line, Writer out) throws IOException {
        out.write(JSON.writeValueAsString(line));
        out.write('\n');
        return 1;
    }

    /** The fields the gold gives (a name given as none is null). */
    static ObjectNode gold(ReferenceEvent g) {
        ObjectNode n = JSON.createObjectNode();
        n.put("ref", g.ref());
        if (g.eventType() != null) {
            n.put("event_type", g.eventType().acledName());
        }
        if (g.subEventType() != null) {
            n.put("sub_event_type", g.subEventType().acledName());
        }
        if (g.ploverType() != null) {
            n.put("plover_type", g.ploverType());
        }
        name(n, "actor1", g.actor1());
        name(n, "actor2", g.actor2());
        name(n, "admin1", g.admin1());
        if (g.location() != null) {
            n.put("latitude", g.location().lat());
            n.put("longitude", g.location().lon());
        }
        if (g.date() != null) {
            n.put("date", g.date().toString());
        }
        if (g.fatalities() != null) {
            n.put("fatalities", g.fatalities());
        }
        if (g.injured() != null) {
            n.put("injured", g.injured());
        }
        if (g.arrested() != null) {
            n.put("arrested", g.arrested());
        }
        if (g.evidence() != null) {
            n.put("evidence", g.evidence());
        }
        return n;
    }

    private static void name(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value.isEmpty() ? null : value);
        }
    }

    static ObjectNode predicted(Event e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("event_type", e.type().category().acledName());
        n.put("sub_event_type", e.type().acledName());
        n.put("plover_type", e.type().ploverType());
        n.put("actor1", e.actor1() == null ? null : e.actor1().name());
        n.put("actor2", e.actor2() == null ? null : e.actor2().name());
        if (e.location() != null) {
            n.put("location", e.location().text());
            n.put("geo_precision", e.location().precision());
            Place place = e.location().place();
            if (place != null) {
                n.put("place", place.name());
                n.put("admin1", place.admin1());
                n.put("country", place.countryIso3());
                n.put("latitude", place.lat());
                n.put("longitude", place.lon());
            }
        }
        n.put("date", e.date() == null ? null : e.date().toString());
        n.put("fatalities", e.fatalities());
        n.put("injured", e.injured());
        n.put("arrested", e.arrested());
        ArrayNode evidence = n.putArray("evidence");
        for (Evidence ev : e.evidence()) {
            evidence.add(ev.text());
        }
        ArrayNode reasons = n.putArray("reasons");
        for (EventMention m : e.mentions()) {
            reasons.add(m.reason());
        }
        return n;
    }
}
