package org.sitrep.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.store.StoredEvent;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A GeoJSON (RFC 7946) FeatureCollection with one Point feature per event that has coordinates;
 * events without coordinates are left out. Coordinates are {@code [lon, lat]} in WGS 84 decimal
 * degrees, as RFC 7946 orders them. Each feature's {@code id} is the event id and its
 * {@code properties} are the event's fields (the names {@link PloverJsonlExporter} uses for the
 * same values, ACLED's for the ACLED ones) with its evidence. Immutable and thread-safe.
 */
public final class GeoJsonExporter implements EventExporter {
    private final ObjectMapper mapper = new ObjectMapper()
            // The caller owns the writer.
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    @Override
    public void write(List<StoredEvent> events, Writer out) throws IOException {
        ObjectNode collection = mapper.createObjectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (StoredEvent event : events) {
            if (event.hasCoordinates()) {
                features.add(feature(event));
            }
        }
        mapper.writeValue(out, collection);
        out.write('\n');
    }

    private ObjectNode feature(StoredEvent e) {
        ObjectNode feature = mapper.createObjectNode();
        feature.put("type", "Feature");
        feature.put("id", e.id());
        ObjectNode geometry = feature.putObject("geometry");
        geometry.put("type", "Point");
        geometry.putArray("coordinates").add(e.lon()).add(e.lat());
        ObjectNode p = feature.putObject("properties");
        p.put("id", e.id());
        p.put("event_type", e.type().category().acledName());
        p.put("sub_event_type", e.type().acledName());
        p.put("plover_type", e.type().ploverType());
        p.put("plover_mode", e.type().ploverMode().isEmpty() ? null : e.type().ploverMode());
        p.put("cameo_root", e.type().cameoRoot());
        p.put("date", JsonFields.date(e));
        p.put("date_precision", JsonFields.datePrecision(e));
        JsonFields.actor(p, "actor1", e.actor1Name(), e.actor1Type(), e.actor1CountryIso3());
        JsonFields.actor(p, "actor2", e.actor2Name(), e.actor2Type(), e.actor2CountryIso3());
        p.put("location", e.placeName() != null ? e.placeName() : e.locationText());
        p.put("location_text", e.locationText());
        p.put("geoname_id", e.geonameId());
        p.put("admin1", e.admin1());
        p.put("admin2", e.admin2());
        p.put("country_iso3", e.countryIso3());
        p.put("geo_precision", e.geoPrecision());
        p.put("fatalities", e.fatalities());
        p.put("injured", e.injured());
        p.put("arrested", e.arrested());
        p.put("confidence", e.confidence());
        p.put("num_articles", e.numArticles());
        p.put("num_sources", e.numSources());
        p.set("evidence", JsonFields.evidence(e));
        return feature;
    }
}
