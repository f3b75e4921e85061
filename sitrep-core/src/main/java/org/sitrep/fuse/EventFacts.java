package org.sitrep.fuse;

import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Article;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Place;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What cross-article fusion compares and reconciles of one event: its fields flat, as the store's
 * {@code events} row holds them, plus the articles and outlets that reported it. Immutable.
 *
 * @param id the event's stable id
 * @param type ACLED sub-event type
 * @param actor1Name canonical name of the acting actor, or null; an "Unidentified ..." name counts as unstated
 * @param actor1Type its family, or null with the name
 * @param actor1CountryIso3 its country, or null
 * @param actor2Name see actor1Name
 * @param actor2Type see actor1Type
 * @param actor2CountryIso3 see actor1CountryIso3
 * @param locationText the place phrase, or null when the event has no location
 * @param placeName gazetteer name of the resolved place, or null
 * @param geonameId GeoNames id, or null
 * @param lat latitude in degrees, or null exactly when {@code lon} is
 * @param lon longitude in degrees, or null
 * @param countryIso3 country of the place, or null
 * @param admin1 province of the place, or null
 * @param admin2 district of the place, or null
 * @param geoPrecision ACLED geo precision 1–3, or null without location
 * @param date event day, or null
 * @param datePrecision precision of the date, null exactly when {@code date} is
 * @param reportedOn the earliest publication day of the reporting articles, or null when none states one
 * @param fatalities agreed count, {@code >= 0}
 * @param injured agreed count, {@code >= 0}
 * @param arrested agreed count, {@code >= 0}
 * @param confidence in [0, 1]
 * @param articleIds the distinct articles reporting the event; at least one
 * @param sources the distinct outlets of those articles (see {@link #sourceOf}); at least one
 */
public record EventFacts(String id, EventType type,
                         String actor1Name, ActorType actor1Type, String actor1CountryIso3,
                         String actor2Name, ActorType actor2Type, String actor2CountryIso3,
                         String locationText, String placeName, Long geonameId, Double lat, Double lon,
                         String countryIso3, String admin1, String admin2, Integer geoPrecision,
                         LocalDate date, DatePrecision datePrecision, LocalDate reportedOn,
                         int fatalities, int injured, int arrested, double confidence,
                         Set<String> articleIds, Set<String> sources) {
    public EventFacts {
        if (id == null || id.isBlank() || type == null) {
            throw new IllegalArgumentException("id and type are required, were " + id + " and " + type);
        }
        if ((lat == null) != (lon == null) || (date == null) != (datePrecision == null)) {
            throw new IllegalArgumentException("lat/lon and date/datePrecision come in pairs, were " + lat + "/" + lon + " and " + date + "/" + datePrecision);
        }
        if (fatalities < 0 || injured < 0 || arrested < 0) {
            throw new IllegalArgumentException("counts must be >= 0, were " + fatalities + ", " + injured + ", " + arrested);
        }
        articleIds = Set.copyOf(articleIds);
        sources = Set.copyOf(sources);
        if (articleIds.isEmpty() || sources.isEmpty()) {
            throw new IllegalArgumentException("an event is reported by at least one article of one source");
        }
    }

    /** The facts of an event of {@code article} (fused within it), before any cross-article fusion. */
    public static EventFacts of(Event event, Article article) {
        Set<String> articles = new LinkedHashSet<>();
        for (Evidence e : event.evidence()) {
            articles.add(e.articleId());
        }
        articles.add(article.id());
        Actor a1 = event.actor1();
        Actor a2 = event.actor2();
        Location location = event.location();
        Place p = location == null ? null : location.place();
        return new EventFacts(event.id(), event.type(),
                a1 == null ? null : a1.name(), a1 == null ? null : a1.type(), a1 == null ? null : a1.countryIso3(),
                a2 == null ? null : a2.name(), a2 == null ? null : a2.type(), a2 == null ? null : a2.countryIso3(),
                location == null ? null : location.text(), p == null ? null : p.name(), p == null ? null : p.geonameId(),
                p == null ? null : p.lat(), p == null ? null : p.lon(), p == null ? null : p.countryIso3(),
                p == null ? null : p.admin1(), p == null ? null : p.admin2(), location == null ? null : location.precision(),
                event.date(), event.datePrecision(), article.publishedOn(),
                event.fatalities(), event.injured(), event.arrested(), event.confidence(), articles, Set.of(sourceOf(article)));
    }

    /**
     * The outlet of an article, for counting sources: its {@code source} lower-cased, else its URL's
     * host without {@code www.}, else the article itself (an anonymous article is its own source).
     */
    public static String sourceOf(Article article) {
        return sourceOf(article.source(), article.url(), article.id());
    }

    /** {@link #sourceOf(Article)} from an article's stored source, URL and id. */
    public static String sourceOf(String source, String url, String articleId) {
        if (source != null && !source.isBlank()) {
            return source.strip().toLowerCase(Locale.ROOT);
        }
        if (url != null) {
            try {
                String host = URI.create(url.strip()).getHost();
                if (host != null) {
                    host = host.toLowerCase(Locale.ROOT);
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException e) {
                // not a URI: the article is its own source
            }
        }
        return "article:" + articleId;
    }

    public int numArticles() {
        return articleIds.size();
    }

    public int numSources() {
        return Math.min(sources.size(), articleIds.size());
    }

    public boolean hasCoordinates() {
        return lat != null;
    }

    /** The event day, else the day it was first reported, else null: what the fusion index files it under. */
    public LocalDate anchorDay() {
        return date != null ? date : reportedOn;
    }

}
