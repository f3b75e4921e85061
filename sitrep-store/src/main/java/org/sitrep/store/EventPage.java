package org.sitrep.store;

import java.util.List;

/**
 * One page of the events matching a query, and how many match in all; both from one snapshot.
 *
 * @param total events matching the query's filters, ignoring limit and offset, {@code >= 0}
 * @param events the page, in the query's order, with their evidence
 */
public record EventPage(long total, List<StoredEvent> events) {
    public EventPage {
        if (total < 0) {
            throw new IllegalArgumentException("total must be >= 0, was " + total);
        }
        events = List.copyOf(events);
    }
}
