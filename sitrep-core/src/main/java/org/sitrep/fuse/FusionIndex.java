package org.sitrep.fuse;

import org.sitrep.model.EventType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The events held so far, filed by country, sub-event type and day, for cross-article fusion:
 * {@link #match} finds the held event a new one reports again, looking only at events of its country
 * and type within
 * {@link CrossArticleRules#MAX_WINDOW_DAYS} days, so that a lookup costs the same with a hundred or
 * a million events held. Events without a day (no event date, no publication date) are held but
 * never matched.
 *
 * <p>Not thread-safe: its owner (the store) uses it under its write lock.
 */
public final class FusionIndex {
    /** Events are filed by what must match anyway (country, type), then by day. */
    private record Shelf(String countryIso3, EventType type) {}

    private final Map<String, EventFacts> byId = new HashMap<>();
    private final Map<Shelf, NavigableMap<Long, List<String>>> byShelf = new HashMap<>();

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
        NavigableMap<Long, List<String>> shelf = byShelf.get(new Shelf(countryKey(incoming), incoming.type()));
        if (shelf == null) {
            return Optional.empty();
        }
        EventFacts best = null;
        double bestGap = Double.MAX_VALUE;
        long center = day.toEpochDay();
        for (List<String> ids : shelf.subMap(center - CrossArticleRules.MAX_WINDOW_DAYS, true,
                center + CrossArticleRules.MAX_WINDOW_DAYS, true).values()) {
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
        if (old != null && old.anchorDay() != null) {
            NavigableMap<Long, List<String>> shelf = byShelf.get(new Shelf(countryKey(old), old.type()));
            long day = old.anchorDay().toEpochDay();
            List<String> ids = shelf.get(day);
            ids.remove(old.id());
            if (ids.isEmpty()) {
                shelf.remove(day);
            }
        }
        if (facts.anchorDay() != null) {
            byShelf.computeIfAbsent(new Shelf(countryKey(facts), facts.type()), k -> new TreeMap<>())
                    .computeIfAbsent(facts.anchorDay().toEpochDay(), k -> new ArrayList<>(2)).add(facts.id());
        }
    }

    /** Events without a resolved place share the key "" (they match only by the same place phrase). */
    private static String countryKey(EventFacts facts) {
        return facts.countryIso3() == null ? "" : facts.countryIso3();
    }
}
