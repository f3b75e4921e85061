package org.sitrep.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.store.StoredEvent;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * PLOVER JSON Lines: one JSON object per event and line ({@code \n}), fields in snake_case, absent
 * values as JSON {@code null} so that every line has the same keys. Immutable and thread-safe.
 *
 * <p>Keys: {@code id}, {@code date} (ISO-8601 day), {@code date_precision}, {@code event_type}
 * (PLOVER type), {@code mode} (PLOVER mode, null where PLOVER has none), {@code cameo_root},
 * {@code acled_event_type}, {@code acled_sub_event_type}, {@code actor1}/{@code actor2} with
 * {@code _type}, {@code _inter} and {@code _country}, {@code location} (an object: {@code name},
 * {@code text}, {@code geoname_id}, {@code lat}, {@code lon}, {@code admin1}, {@code admin2},
 * {@code country} (ISO alpha-3), {@code geo_precision}; null when the event has no location), the
 * PLOVER sizes {@code dead}, {@code injured}, {@code arrested}, {@code confidence},
 * {@code num_articles}, {@code num_sources}, and {@code evidence}: the sentences with their
 * article ids, URLs, outlets and titles.
 */
public final class PloverJsonlExporter implements EventExporter {
    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public void write(List<StoredEvent> events, Writer out) throws IOException {
        for (StoredEvent event : events) {
            // Jackson escapes line breaks inside strings, so each object stays on one line.
            out.write(mapper.writeValueAsString(toJson(event)));
            out.write('\n');
        }
    }

    private ObjectNode toJson(StoredEvent e) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", e.id());
        node.put("date", JsonFields.date(e));
        node.put("date_precision", JsonFields.datePrecision(e));
        node.put("event_type", e.type().ploverType());
        node.put("mode", e.type().ploverMode().isEmpty() ? null : e.type().ploverMode());
        node.put("cameo_root", e.type().cameoRoot());
        node.put("acled_event_type", e.type().category().acledName());
        node.put("acled_sub_event_type", e.type().acledName());
        JsonFields.actor(node, "actor1", e.actor1Name(), e.actor1Type(), e.actor1CountryIso3());
        JsonFields.actor(node, "actor2", e.actor2Name(), e.actor2Type(), e.actor2CountryIso3());
        if (e.locationText() == null && e.placeName() == null) {
            node.putNull("location");
        } else {
            ObjectNode location = node.putObject("location");
            location.put("name", e.placeName());
            location.put("text", e.locationText());
            location.put("geoname_id", e.geonameId());
            location.put("lat", e.lat());
            location.put("lon", e.lon());
            location.put("admin1", e.admin1());
            location.put("admin2", e.admin2());
            location.put("country", e.countryIso3());
            location.put("geo_precision", e.geoPrecision());
        }
        node.put("dead", e.fatalities());
        node.put("injured", e.injured());
        node.put("arrested", e.arrested());
        node.put("confidence", e.confidence());
        node.put("num_articles", e.numArticles());
        node.put("num_sources", e.numSources());
        node.set("evidence", JsonFields.evidence(e));
        return node;
    }
}
