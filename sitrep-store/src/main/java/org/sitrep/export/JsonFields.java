package org.sitrep.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.model.ActorType;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.StoredEvidence;

import java.util.Locale;

/** JSON pieces shared by the PLOVER and GeoJSON exports, so that both name a field the same way. */
final class JsonFields {
    private JsonFields() {}

    /** {@code [{article_id, sentence, span_start, span_end, text, url, source, title}, ...]} in evidence order. */
    static ArrayNode evidence(StoredEvent event) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (StoredEvidence e : event.evidence()) {
            ObjectNode node = array.addObject();
            node.put("article_id", e.articleId());
            node.put("sentence", e.sentence());
            node.put("span_start", e.span().start());
            node.put("span_end", e.span().end());
            node.put("text", e.text());
            node.put("url", e.articleUrl());
            node.put("source", e.articleSource());
            node.put("title", e.articleTitle());
        }
        return array;
    }

    /** Puts {@code <prefix>}, {@code <prefix>_type} (enum name), {@code <prefix>_inter} and {@code <prefix>_country}; nulls when absent. */
    static void actor(ObjectNode node, String prefix, String name, ActorType type, String countryIso3) {
        node.put(prefix, name);
        node.put(prefix + "_type", type == null ? null : type.name());
        if (type == null) {
            node.putNull(prefix + "_inter");
        } else {
            node.put(prefix + "_inter", type.interCode());
        }
        node.put(prefix + "_country", countryIso3);
    }

    /** ISO-8601 day, or null. */
    static String date(StoredEvent event) {
        return event.date() == null ? null : event.date().toString();
    }

    /** "day", "week", "month", or null. */
    static String datePrecision(StoredEvent event) {
        return event.datePrecision() == null ? null : event.datePrecision().name().toLowerCase(Locale.ROOT);
    }
}
