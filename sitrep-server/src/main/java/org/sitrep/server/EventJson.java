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

/**
 * The JSON shapes of the API, built explicitly field by field (so that the wire format does not
 * change when a record gains a field). Null fields are written as JSON null. Thread-safe.
 */
final class EventJson {
    private final ObjectMapper mapper;

    EventJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** One event; with its evidence sentences when {@code withEvidence}, else with their number. */
    ObjectNode event(StoredEvent e, boolean withEvidence) {
        return event(e, withEvidence, e.evidence().size());
    }

    private ObjectNode event(StoredEvent e, boolean withEvidence, int evidenceCount) {
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
            list.add(event(page.events().get(i), false, page.evidenceCounts().get(i)));
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
