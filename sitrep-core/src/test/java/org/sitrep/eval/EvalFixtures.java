package org.sitrep.eval;

import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Article;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Hand-built events, places and documents for the scorer's tests, and the fixture files. */
final class EvalFixtures {
    private EvalFixtures() {}

    static final Actor ISF = new Actor("isf", "Iraqi Security Forces", ActorType.STATE_FORCES, "IRQ");
    static final Actor IS = new Actor("is", "Islamic State", ActorType.REBEL_GROUP, null);
    /** Kirkuk city, and two points due north of it: about 20 km and about 30 km away. */
    static final Place KIRKUK = place("Kirkuk", 35.4681, 44.3922, "Kirkuk");
    static final Place NORTH_20KM = place("North20", 35.4681 + 20 / 111.2, 44.3922, "Kirkuk");
    static final Place NORTH_30KM = place("North30", 35.4681 + 30 / 111.2, 44.3922, "Kirkuk");
    static final Place BASRA = place("Basra", 30.5085, 47.7804, "Basra");

    static Place place(String name, double lat, double lon, String admin1) {
        return new Place(name.hashCode(), name, lat, lon, "IRQ", admin1, null, "PPL", 1000);
    }

    /** A predicted event; {@code place} and {@code date} may be null. */
    static Event event(EventType type, Actor actor1, Actor actor2, Place place, LocalDate date, int fatalities) {
        return event(type, actor1, actor2, place, date, fatalities, 0);
    }

    static Event event(EventType type, Actor actor1, Actor actor2, Place place, LocalDate date, int fatalities, int arrested) {
        Location location = place == null ? null : new Location(place, 1, place.name(), null);
        Evidence evidence = new Evidence("doc", 0, new Span(0, 8), "evidence");
        DatePrecision precision = date == null ? null : DatePrecision.DAY;
        EventMention mention = new EventMention(type, actor1, actor2, location, date, precision, fatalities, 0, arrested, 0.9,
                "test rule", List.of(evidence));
        return new Event(type.name() + "-" + System.identityHashCode(mention), type, actor1, actor2, location, date, precision,
                fatalities, 0, arrested, 0.9, List.of(mention), 1, 1);
    }

    static Article article(String text) {
        return new Article("id-" + Integer.toHexString(text.hashCode()), null, null, null, null, "en", text);
    }

    static GoldDocument document(String id, ReferenceEvent... gold) {
        return new GoldDocument(id, article("text of " + id), List.of(gold));
    }

    /** A fixture under src/test/resources/org/sitrep/eval. */
    static Path resource(String name) {
        URL url = EvalFixtures.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad test resource URL " + url, e);
        }
    }
}
