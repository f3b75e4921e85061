package org.sitrep.fuse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The events held so far, filed by country and day, for cross-article fusion: {@link #match} finds
 * the held event a new one reports again, looking only at events of its country within
 * {@link CrossArticleRules#MAX_WINDOW_DAYS} days, so that a lookup costs the same with a hundred or
 * a million events held. Events without a day (no event date, no publication date) are held but
 * never matched.
 *
 * <p>Not thread-safe: its owner (the store) uses it under its write lock.
 */
public final class FusionIndex {
    private record Bucket(String countryIso3, long epochDay) {}

    private final Map<String, EventFacts> byId = new HashMap<>();
    private final Map<Bucket, List<String>> byBucket = new HashMap<>();

    /** The held event with this id, if any. */
    public Optional<EventFacts> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Number of events held. */
    public int size() {
        return byId.size();
    }

    /**
     * The held event {@code incoming} reports again ({@link CrossArticleRules#sameEvent}); of several,
     * the nearest in km plus days, then the smallest id (so the choice does not depend on hash order).
     */
    public Optional<EventFacts> match(EventFacts incoming) {
        LocalDate day = incoming.anchorDay();
        if (day == null) {
            return Optional.empty();
        }
        String country = countryKey(incoming);
        EventFacts best = null;
        double bestGap = Double.MAX_VALUE;
        long center = day.toEpochDay();
        for (long d = center - CrossArticleRules.MAX_WINDOW_DAYS; d <= center + CrossArticleRules.MAX_WINDOW_DAYS; d++) {
            List<String> ids = byBucket.get(new Bucket(country, d));
            if (ids == null) {
                continue;
            }
            for (String id : ids) {
                EventFacts held = byId.get(id);
                if (CrossArticleRules.sameEvent(held, incoming)) {
                    double gap = CrossArticleRules.gap(held, incoming);
                    if (gap < bestGap || gap == bestGap && held.id().compareTo(best.id()) < 0) {
                        best = held;
                        bestGap = gap;
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Holds {@code facts}, replacing the event of the same id if held. */
    public void put(EventFacts facts) {
        EventFacts old = byId.put(facts.id(), facts);
        if (old != null) {
            Bucket was = bucket(old);
            if (was != null) {
                List<String> ids = byBucket.get(was);
                ids.remove(old.id());
                if (ids.isEmpty()) {
                    byBucket.remove(was);
                }
            }
        }
        Bucket now = bucket(facts);
        if (now != null) {
            byBucket.computeIfAbsent(now, k -> new ArrayList<>(2)).add(facts.id());
        }
    }

    private static Bucket bucket(EventFacts facts) {
        LocalDate day = facts.anchorDay();
        return day == null ? null : new Bucket(countryKey(facts), day.toEpochDay());
    }

    /** Events without a resolved place share the key "" (they match only by the same place phrase). */
    private static String countryKey(EventFacts facts) {
        return facts.countryIso3() == null ? "" : facts.countryIso3();
    }
}
