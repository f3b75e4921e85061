package org.sitrep.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.model.ActorType;
import org.sitrep.store.Aggregate;
import org.sitrep.store.EventPage;
import org.sitrep.store.Interaction;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.StoredEvidence;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The JSON shapes of the API, built explicitly field by field (so that the wire format does not
 * change when a record gains a field). Null fields are written as JSON null. Thread-safe.
 */
final class EventJson {
    private final ObjectMapper mapper;

    EventJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Characters of article text kept on each side of an evidence sentence in its {@code context}. */
    static final int CONTEXT_CHARS = 300;

    /**
     * One event with its evidence sentences; each carries {@code context}: {@code start}, the article
     * offset where {@code text} begins, and {@code text}, the article text around the sentence (at
     * most {@link #CONTEXT_CHARS} characters each side), so that {@code span} can be highlighted in it
     * at {@code span.start - context.start}. {@code context} is null when the article text is unknown
     * or the span does not fit it.
     *
     * @param articleTexts the stored text of an article by id, empty when unknown
     */
    ObjectNode event(StoredEvent e, Function<String, Optional<String>> articleTexts) {
        return event(e, articleTexts, e.evidence().size());
    }

    /** The shape of both: with evidence when {@code articleTexts} is given, else with {@code evidenceCount}. */
    private ObjectNode event(StoredEvent e, Function<String, Optional<String>> articleTexts, int evidenceCount) {
        boolean withEvidence = articleTexts != null;
        ObjectNode o = mapper.createObjectNode();
        o.put("id", e.id());
        o.put("date", e.date() == null ? null : e.date().toString());
        o.put("datePrecision", e.datePrecision() == null ? null : e.datePrecision().name().toLowerCase(java.util.Locale.ROOT));
        o.put("category", e.category().acledName());
        o.put("type", e.type().acledName());
        o.put("ploverType", e.type().ploverType());
        o.set("actor1", actor(e.actor1Name(), e.actor1Type(), e.actor1CountryIso3()));
        o.set("actor2", actor(e.actor2Name(), e.actor2Type(), e.actor2CountryIso3()));
        if (e.locationText() == null && e.lat() == null) {
            o.putNull("location");
        } else {
            ObjectNode l = o.putObject("location");
            l.put("text", e.locationText());
            l.put("place", e.placeName());
            l.put("geonameId", e.geonameId());
            l.put("lat", e.lat());
            l.put("lon", e.lon());
            l.put("country", e.countryIso3());
            l.put("admin1", e.admin1());
            l.put("admin2", e.admin2());
            l.put("precision", e.geoPrecision());
        }
        o.put("fatalities", e.fatalities());
        o.put("injured", e.injured());
        o.put("arrested", e.arrested());
        o.put("confidence", e.confidence());
        o.put("numArticles", e.numArticles());
        o.put("numSources", e.numSources());
        o.put("storedAt", e.storedAt().toString());
        if (withEvidence) {
            ArrayNode evidence = o.putArray("evidence");
            for (StoredEvidence ev : e.evidence()) {
                ObjectNode x = evidence.addObject();
                x.put("articleId", ev.articleId());
                x.put("url", ev.articleUrl());
                x.put("title", ev.articleTitle());
                x.put("source", ev.outlet());
                x.put("sentence", ev.sentence());
                x.put("text", ev.text());
                ObjectNode span = x.putObject("span");
                span.put("start", ev.span().start());
                span.put("end", ev.span().end());
                Optional<String> article = articleTexts.apply(ev.articleId());
                int start = ev.span().start();
                int end = ev.span().end();
                if (article.isPresent() && start >= 0 && end <= article.get().length() && start <= end) {
                    String text = article.get();
                    int from = Math.max(0, start - CONTEXT_CHARS);
                    int to = Math.min(text.length(), end + CONTEXT_CHARS);
                    // Never cut a surrogate pair in two.
                    if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
                        from--;
                    }
                    if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
                        to++;
                    }
                    ObjectNode context = x.putObject("context");
                    context.put("start", from);
                    context.put("text", text.substring(from, to));
                } else {
                    x.putNull("context");
                }
            }
        } else {
            o.put("evidenceCount", evidenceCount);
        }
        return o;
    }

    private ObjectNode actor(String name, ActorType type, String country) {
        if (name == null) {
            return null;
        }
        ObjectNode a = mapper.createObjectNode();
        a.put("name", name);
        a.put("type", type == null ? null : type.name());
        a.put("country", country);
        return a;
    }

    /** A page of events, each with its number of evidence sentences (not the sentences). */
    ObjectNode page(int limit, int offset, EventPage page) {
        ObjectNode o = mapper.createObjectNode();
        o.put("total", page.total());
        o.put("limit", limit);
        o.put("offset", offset);
        ArrayNode list = o.putArray("events");
        for (int i = 0; i < page.events().size(); i++) {
            list.add(event(page.events().get(i), null, page.evidenceCounts().get(i)));
        }
        return o;
    }

    ObjectNode aggregates(String by, List<Aggregate> groups) {
        ObjectNode o = mapper.createObjectNode();
        o.put("by", by);
        ArrayNode list = o.putArray("groups");
        for (Aggregate g : groups) {
            ObjectNode x = list.addObject();
            x.put("key", g.key());
            x.put("count", g.count());
            x.put("fatalities", g.fatalities());
        }
        return o;
    }

    ObjectNode network(List<Aggregate> actors, List<Interaction> edges) {
        ObjectNode o = mapper.createObjectNode();
        ArrayNode nodes = o.putArray("nodes");
        for (Aggregate a : actors) {
            nodes.addObject().put("name", a.key()).put("count", a.count()).put("fatalities", a.fatalities());
        }
        ArrayNode links = o.putArray("edges");
        for (Interaction i : edges) {
            links.addObject().put("source", i.source()).put("target", i.target()).put("count", i.count());
        }
        return o;
    }

    ObjectNode error(String message, String parameter) {
        ObjectNode o = mapper.createObjectNode();
        o.put("error", message);
        if (parameter != null) {
            o.put("parameter", parameter);
        }
        return o;
    }
}
