package org.sitrep.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitrep.model.ActorType;
import org.sitrep.store.Aggregate;
import org.sitrep.store.EventPage;
import org.sitrep.store.Interaction;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.StoredEvidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The JSON shapes of the API, written field by field straight to a generator (so that the wire
 * format does not change when a record gains a field, and no tree is built for a page of a hundred
 * events). Null fields are written as JSON null. Each method returns a {@link Body} that writes the
 * document when asked; nothing is read from the store then. Thread-safe.
 */
final class EventJson {
    /** A JSON document to be written. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private final ObjectMapper mapper;

    EventJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** {@code body} as UTF-8 bytes. */
    byte[] bytes(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            // Only memory is written to: an IOException here is a fault of the writing code.
            throw new UncheckedIOException("cannot write a JSON document to memory", e);
        }
        return out.toByteArray();
    }

    /** A tree built elsewhere (the answer to a POST), as a body. */
    Body tree(JsonNode node) {
        return g -> mapper.writeTree(g, node);
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
     * @param articleTexts the stored text of an article by id, empty when unknown; called while the
     *     body is written
     */
    Body event(StoredEvent e, Function<String, Optional<String>> articleTexts) {
        return g -> event(g, e, articleTexts, e.evidence().size());
    }

    /** The shape of both: with evidence when {@code articleTexts} is given, else with {@code evidenceCount}. */
    private static void event(JsonGenerator g, StoredEvent e, Function<String, Optional<String>> articleTexts,
                              int evidenceCount) throws IOException {
        boolean withEvidence = articleTexts != null;
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("date", e.date() == null ? null : e.date().toString());
        g.writeStringField("datePrecision",
                e.datePrecision() == null ? null : e.datePrecision().name().toLowerCase(java.util.Locale.ROOT));
        g.writeStringField("category", e.category().acledName());
        g.writeStringField("type", e.type().acledName());
        g.writeStringField("ploverType", e.type().ploverType());
        actor(g, "actor1", e.actor1Name(), e.actor1Type(), e.actor1CountryIso3());
        actor(g, "actor2", e.actor2Name(), e.actor2Type(), e.actor2CountryIso3());
        if (e.locationText() == null && e.lat() == null) {
            g.writeNullField("location");
        } else {
            g.writeObjectFieldStart("location");
            g.writeStringField("text", e.locationText());
            g.writeStringField("place", e.placeName());
            number(g, "geonameId", e.geonameId());
            number(g, "lat", e.lat());
            number(g, "lon", e.lon());
            g.writeStringField("country", e.countryIso3());
            g.writeStringField("admin1", e.admin1());
            g.writeStringField("admin2", e.admin2());
            number(g, "precision", e.geoPrecision());
            g.writeEndObject();
        }
        g.writeNumberField("fatalities", e.fatalities());
        g.writeNumberField("injured", e.injured());
        g.writeNumberField("arrested", e.arrested());
        g.writeNumberField("confidence", e.confidence());
        g.writeNumberField("numArticles", e.numArticles());
        g.writeNumberField("numSources", e.numSources());
        g.writeStringField("storedAt", e.storedAt().toString());
        if (withEvidence) {
            g.writeArrayFieldStart("evidence");
            for (StoredEvidence ev : e.evidence()) {
                g.writeStartObject();
                g.writeStringField("articleId", ev.articleId());
                g.writeStringField("url", ev.articleUrl());
                g.writeStringField("title", ev.articleTitle());
                g.writeStringField("source", ev.outlet());
                g.writeNumberField("sentence", ev.sentence());
                g.writeStringField("text", ev.text());
                g.writeObjectFieldStart("span");
                g.writeNumberField("start", ev.span().start());
                g.writeNumberField("end", ev.span().end());
                g.writeEndObject();
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
                    g.writeObjectFieldStart("context");
                    g.writeNumberField("start", from);
                    g.writeStringField("text", text.substring(from, to));
                    g.writeEndObject();
                } else {
                    g.writeNullField("context");
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        } else {
            g.writeNumberField("evidenceCount", evidenceCount);
        }
        g.writeEndObject();
    }

    private static void actor(JsonGenerator g, String field, String name, ActorType type, String country) throws IOException {
        if (name == null) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeStringField("name", name);
        g.writeStringField("type", type == null ? null : type.name());
        g.writeStringField("country", country);
        g.writeEndObject();
    }

    /** A number field, or null. */
    private static void number(JsonGenerator g, String field, Number value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else if (value instanceof Double d) {
            g.writeNumberField(field, d.doubleValue());
        } else {
            g.writeNumberField(field, value.longValue());
        }
    }

    /** A page of events, each with its number of evidence sentences (not the sentences). */
    Body page(int limit, int offset, EventPage page) {
        return g -> {
            g.writeStartObject();
            g.writeNumberField("total", page.total());
            g.writeNumberField("limit", limit);
            g.writeNumberField("offset", offset);
            g.writeArrayFieldStart("events");
            for (int i = 0; i < page.events().size(); i++) {
                event(g, page.events().get(i), null, page.evidenceCounts().get(i));
            }
            g.writeEndArray();
            g.writeEndObject();
        };
    }

    Body aggregates(String by, List<Aggregate> groups) {
        return g -> {
            g.writeStartObject();
            g.writeStringField("by", by);
            g.writeArrayFieldStart("groups");
            for (Aggregate a : groups) {
                aggregate(g, "key", a);
            }
            g.writeEndArray();
            g.writeEndObject();
        };
    }

    Body network(List<Aggregate> actors, List<Interaction> edges) {
        return g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("nodes");
            for (Aggregate a : actors) {
                aggregate(g, "name", a);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("edges");
            for (Interaction i : edges) {
                g.writeStartObject();
                g.writeStringField("source", i.source());
                g.writeStringField("target", i.target());
                g.writeNumberField("count", i.count());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        };
    }

    /** One group as {@code {"<keyField>": key, "count": n, "fatalities": n}}. */
    private static void aggregate(JsonGenerator g, String keyField, Aggregate a) throws IOException {
        g.writeStartObject();
        g.writeStringField(keyField, a.key());
        g.writeNumberField("count", a.count());
        g.writeNumberField("fatalities", a.fatalities());
        g.writeEndObject();
    }

    Body error(String message, String parameter) {
        return g -> {
            g.writeStartObject();
            g.writeStringField("error", message);
            if (parameter != null) {
                g.writeStringField("parameter", parameter);
            }
            g.writeEndObject();
        };
    }
}
