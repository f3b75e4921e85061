package org.sitrep.store;

import org.sitrep.model.ActorType;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventCategory;
import org.sitrep.model.EventType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The read model of one stored event: the flat fields of its {@code events} row plus its evidence.
 * Optional fields are null when absent. Text fields (names, place text, evidence) come from web
 * pages and are untrusted: render them escaped.
 *
 * @param id the event's stable id
 * @param type ACLED sub-event type (its event type, PLOVER type and CAMEO root follow from it)
 * @param actor1Name canonical name of the acting actor, or null
 * @param actor1Type its ACLED family, null exactly when {@code actor1Name} is
 * @param actor1CountryIso3 its home country (ISO alpha-3), or null
 * @param actor2Name canonical name of the actor acted upon, or null
 * @param actor2Type its ACLED family, null exactly when {@code actor2Name} is
 * @param actor2CountryIso3 its home country, or null
 * @param locationText the place phrase as written, or null when the event has no location
 * @param placeName the gazetteer name of the resolved place, or null when unresolved
 * @param geonameId the GeoNames id of the resolved place, or null
 * @param lat latitude in decimal degrees, or null; null exactly when {@code lon} is
 * @param lon longitude in decimal degrees, or null
 * @param countryIso3 the resolved place's country (ISO alpha-3), or null
 * @param admin1 the resolved place's province, or null
 * @param admin2 the resolved place's district, or null
 * @param geoPrecision ACLED geo precision 1–3, or null when the event has no location
 * @param date the event day, or null
 * @param datePrecision precision of {@code date}; null exactly when {@code date} is
 * @param fatalities people killed, {@code >= 0}
 * @param injured people injured, {@code >= 0}
 * @param arrested people arrested, {@code >= 0}
 * @param confidence coder confidence in [0, 1]
 * @param numArticles distinct articles reporting the event
 * @param numSources distinct outlets reporting the event
 * @param storedAt when the row was last written (second precision)
 * @param evidence the evidence sentences, ordered by article id then sentence index
 */
public record StoredEvent(String id, EventType type,
                          String actor1Name, ActorType actor1Type, String actor1CountryIso3,
                          String actor2Name, ActorType actor2Type, String actor2CountryIso3,
                          String locationText, String placeName, Long geonameId, Double lat, Double lon,
                          String countryIso3, String admin1, String admin2, Integer geoPrecision,
                          LocalDate date, DatePrecision datePrecision,
                          int fatalities, int injured, int arrested, double confidence,
                          int numArticles, int numSources, Instant storedAt, List<StoredEvidence> evidence) {
    public StoredEvent {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        if (type == null) {
            throw new IllegalArgumentException("type must not be null");
        }
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("lat and lon must both be set or both be null, were " + lat + " and " + lon);
        }
        if ((date == null) != (datePrecision == null)) {
            throw new IllegalArgumentException("date and datePrecision must both be set or both be null, were " + date + " and " + datePrecision);
        }
        if (storedAt == null) {
            throw new IllegalArgumentException("storedAt must not be null");
        }
        evidence = List.copyOf(evidence);
    }

    public EventCategory category() {
        return type.category();
    }

    public boolean hasCoordinates() {
        return lat != null;
    }
}
