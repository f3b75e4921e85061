package org.sitrep.fuse;

import org.sitrep.model.DatePrecision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;

/**
 * When events of different articles are one event, and what the fused event says. Stateless.
 *
 * <p><b>Same event</b> ({@link #sameEvent}) when all hold:
 * <ul>
 *   <li>the same ACLED sub-event type;</li>
 *   <li>no article in common (events of one article were told apart by {@link ArticleFuser} already);</li>
 *   <li>actors compatible, each side: the same canonical actor, or one unstated (absent or "Unidentified ...");</li>
 *   <li>counts compatible, each kind: one unstated (0), or the larger at most twice the smaller plus
 *       {@value #COUNT_SLACK} (outlets disagree: 3 and 4 killed are one event, 3 and 30 are not);</li>
 *   <li>places compatible, judged at the coarser precision of the two: same country, and precision
 *       1 within {@value #NEAR_KM} km, precision 2 within {@value #DISTRICT_KM} km or the same district,
 *       precision 3 the same province (a country-level place matches any place in its country);
 *       events without resolved place fuse only with one whose place phrase is the same;</li>
 *   <li>days compatible, at the coarser date precision: day ±{@value #DAY_WINDOW}, week
 *       ±{@value #WEEK_WINDOW} days, month ±{@value #MONTH_WINDOW} days; an undated event only with one
 *       whose day (or first report) is within {@value #UNDATED_WINDOW} days of its first report.</li>
 * </ul>
 *
 * <p><b>Fused fields</b> ({@link #merge}): the id and type of the held (earlier stored) event; named
 * actors over unstated ones (the held event's when both are named; never the actor of the other side); the more precise location (lower
 * geo precision; ties keep the held one); the more precise date; each count the highest figure any
 * one article reported (as ACLED does; never the sum — the articles report the same dead); the
 * highest confidence; the union of articles and of sources; the earliest report day.
 */
public final class CrossArticleRules {
    static final double NEAR_KM = 25;
    static final double DISTRICT_KM = 50;
    static final int COUNT_SLACK = 2;
    static final int DAY_WINDOW = 1;
    static final int WEEK_WINDOW = 7;
    static final int MONTH_WINDOW = 31;
    static final int UNDATED_WINDOW = 2;
    /** The widest day window of any rule: how far from its day a lookup must search. */
    public static final int MAX_WINDOW_DAYS = MONTH_WINDOW;

    private CrossArticleRules() {}

    /** True when {@code held} and {@code incoming} report one event (see the class comment). */
    public static boolean sameEvent(EventFacts held, EventFacts incoming) {
        return held.type() == incoming.type()
                && disjoint(held.articleIds(), incoming.articleIds())
                && actorsAgree(held.actor1Name(), incoming.actor1Name())
                && actorsAgree(held.actor2Name(), incoming.actor2Name())
                && countsAgree(held.fatalities(), incoming.fatalities())
                && countsAgree(held.injured(), incoming.injured())
                && countsAgree(held.arrested(), incoming.arrested())
                && placesAgree(held, incoming)
                && daysAgree(held, incoming);
    }

    /** The fused event: {@code held} with what {@code incoming} adds (see the class comment). */
    public static EventFacts merge(EventFacts held, EventFacts incoming) {
        // A named actor replaces an unstated one, unless it is the actor on the other side already
        // (one outlet's target read as another's attacker must not make the event a force fighting itself).
        boolean takeActor1 = unstated(held.actor1Name()) && !unstated(incoming.actor1Name())
                && !incoming.actor1Name().equals(held.actor2Name());
        boolean takeActor2 = unstated(held.actor2Name()) && !unstated(incoming.actor2Name())
                && !incoming.actor2Name().equals(takeActor1 ? incoming.actor1Name() : held.actor1Name());
        EventFacts place = morePrecisePlace(incoming, held) ? incoming : held;
        EventFacts day = moreExactDay(incoming, held) ? incoming : held;
        Set<String> articles = new HashSet<>(held.articleIds());
        articles.addAll(incoming.articleIds());
        Set<String> sources = new HashSet<>(held.sources());
        sources.addAll(incoming.sources());
        LocalDate reportedOn = held.reportedOn() == null ? incoming.reportedOn()
                : incoming.reportedOn() == null || held.reportedOn().isBefore(incoming.reportedOn()) ? held.reportedOn() : incoming.reportedOn();
        EventFacts a1 = takeActor1 ? incoming : held;
        EventFacts a2 = takeActor2 ? incoming : held;
        return new EventFacts(held.id(), held.type(),
                a1.actor1Name(), a1.actor1Type(), a1.actor1CountryIso3(),
                a2.actor2Name(), a2.actor2Type(), a2.actor2CountryIso3(),
                place.locationText(), place.placeName(), place.geonameId(), place.lat(), place.lon(),
                place.countryIso3(), place.admin1(), place.admin2(), place.geoPrecision(),
                day.date(), day.datePrecision(), reportedOn,
                Math.max(held.fatalities(), incoming.fatalities()), Math.max(held.injured(), incoming.injured()),
                Math.max(held.arrested(), incoming.arrested()), Math.max(held.confidence(), incoming.confidence()),
                articles, sources);
    }

    /**
     * A later coding of the held event itself (the same id, so the same article's sentences): its
     * fields replace the held ones, its articles and sources add to them.
     */
    public static EventFacts recoding(EventFacts held, EventFacts incoming) {
        Set<String> articles = new HashSet<>(held.articleIds());
        articles.addAll(incoming.articleIds());
        Set<String> sources = new HashSet<>(held.sources());
        sources.addAll(incoming.sources());
        LocalDate reportedOn = incoming.reportedOn() == null ? held.reportedOn() : incoming.reportedOn();
        EventFacts i = incoming;
        return new EventFacts(held.id(), i.type(), i.actor1Name(), i.actor1Type(), i.actor1CountryIso3(),
                i.actor2Name(), i.actor2Type(), i.actor2CountryIso3(), i.locationText(), i.placeName(), i.geonameId(),
                i.lat(), i.lon(), i.countryIso3(), i.admin1(), i.admin2(), i.geoPrecision(), i.date(), i.datePrecision(),
                reportedOn, i.fatalities(), i.injured(), i.arrested(), i.confidence(), articles, sources);
    }

    /** Great-circle distance in km (haversine, mean Earth radius 6,371 km). */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** How far apart two compatible events are, for choosing the closest of several: km, then days. */
    static double gap(EventFacts a, EventFacts b) {
        double km = a.hasCoordinates() && b.hasCoordinates() ? distanceKm(a.lat(), a.lon(), b.lat(), b.lon()) : 0;
        LocalDate da = a.anchorDay();
        LocalDate db = b.anchorDay();
        long days = da == null || db == null ? 0 : Math.abs(ChronoUnit.DAYS.between(da, db));
        return km + days;
    }

    static boolean unstated(String actorName) {
        return actorName == null || actorName.startsWith("Unidentified ");
    }

    private static boolean actorsAgree(String a, String b) {
        return unstated(a) || unstated(b) || a.equals(b);
    }

    static boolean countsAgree(int a, int b) {
        int low = Math.min(a, b);
        int high = Math.max(a, b);
        return low == 0 || high <= 2 * low + COUNT_SLACK;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String id : b) {
            if (a.contains(id)) {
                return false;
            }
        }
        return true;
    }

    private static boolean placesAgree(EventFacts a, EventFacts b) {
        if (!a.hasCoordinates() || !b.hasCoordinates()) {
            return !a.hasCoordinates() && !b.hasCoordinates() && a.locationText() != null
                    && a.locationText().equalsIgnoreCase(b.locationText());
        }
        if (a.countryIso3() == null || !a.countryIso3().equals(b.countryIso3())) {
            return false;
        }
        int precision = Math.max(precisionOf(a), precisionOf(b));
        double km = distanceKm(a.lat(), a.lon(), b.lat(), b.lon());
        return switch (precision) {
            case 1 -> km <= NEAR_KM;
            case 2 -> km <= DISTRICT_KM || a.admin2() != null && a.admin2().equals(b.admin2()) && a.admin1() != null && a.admin1().equals(b.admin1());
            default -> a.admin1() == null || b.admin1() == null || a.admin1().equals(b.admin1());
        };
    }

    private static int precisionOf(EventFacts e) {
        return e.geoPrecision() == null ? 3 : e.geoPrecision();
    }

    private static boolean daysAgree(EventFacts a, EventFacts b) {
        if (a.date() != null && b.date() != null) {
            long days = Math.abs(ChronoUnit.DAYS.between(a.date(), b.date()));
            DatePrecision coarser = a.datePrecision().acledCode() >= b.datePrecision().acledCode() ? a.datePrecision() : b.datePrecision();
            return days <= switch (coarser) {
                case DAY -> DAY_WINDOW;
                case WEEK -> WEEK_WINDOW;
                case MONTH -> MONTH_WINDOW;
            };
        }
        LocalDate da = a.anchorDay();
        LocalDate db = b.anchorDay();
        return da != null && db != null && Math.abs(ChronoUnit.DAYS.between(da, db)) <= UNDATED_WINDOW;
    }

    private static boolean morePrecisePlace(EventFacts candidate, EventFacts current) {
        if (candidate.hasCoordinates() != current.hasCoordinates()) {
            return candidate.hasCoordinates();
        }
        return candidate.geoPrecision() != null && (current.geoPrecision() == null || candidate.geoPrecision() < current.geoPrecision());
    }

    private static boolean moreExactDay(EventFacts candidate, EventFacts current) {
        if (candidate.date() == null || current.date() == null) {
            return current.date() == null && candidate.date() != null;
        }
        return candidate.datePrecision().acledCode() < current.datePrecision().acledCode();
    }
}
