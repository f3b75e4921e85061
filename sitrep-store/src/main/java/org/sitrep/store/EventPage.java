package org.sitrep.store;

import java.util.List;

/**
 * One page of the events matching a query, as a list shows them, and how many match in all; all
 * read from one snapshot. The events come without their evidence sentences (each
 * {@link StoredEvent#evidence()} is empty; {@link EventStore#event} gives one event with them) but
 * with how many there are, which costs one index lookup per page rather than reading sentences
 * and articles.
 *
 * @param total events matching the query's filters, ignoring limit and offset, {@code >= 0}
 * @param events the page, in the query's order, each with an empty evidence list
 * @param evidenceCounts {@code evidenceCounts.get(i)} is the number of evidence sentences of {@code events.get(i)}
 */
public record EventPage(long total, List<StoredEvent> events, List<Integer> evidenceCounts) {
    public EventPage {
        if (total < 0) {
            throw new IllegalArgumentException("total must be >= 0, was " + total);
        }
        events = List.copyOf(events);
        evidenceCounts = List.copyOf(evidenceCounts);
        if (events.size() != evidenceCounts.size()) {
            throw new IllegalArgumentException("one evidence count per event needed, were " + evidenceCounts.size()
                    + " for " + events.size() + " events");
        }
    }
}
