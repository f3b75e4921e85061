package org.sitrep.store;

import java.util.Locale;

/**
 * The orders {@link EventStore#events} can return events in. Each carries its own fixed SQL
 * {@code ORDER BY} text; nothing from a client becomes SQL. Undated events come last in either
 * date order; ties are broken by date then id so that paging is stable.
 */
public enum EventSort {
    /** Event day ascending (the default). */
    DATE("date", "event_date ASC NULLS LAST, id ASC"),
    /** Event day descending. */
    DATE_DESC("-date", "event_date DESC NULLS LAST, id ASC"),
    /** Fatalities ascending. */
    FATALITIES("fatalities", "fatalities ASC, event_date ASC NULLS LAST, id ASC"),
    /** Fatalities descending. */
    FATALITIES_DESC("-fatalities", "fatalities DESC, event_date ASC NULLS LAST, id ASC");

    private final String label;
    private final String orderBy;

    EventSort(String label, String orderBy) {
        this.label = label;
        this.orderBy = orderBy;
    }

    /** The name clients use: {@code date}, {@code -date}, {@code fatalities}, {@code -fatalities}. */
    public String label() {
        return label;
    }

    /** The ORDER BY list over unqualified {@code events} columns. */
    String orderBy() {
        return orderBy;
    }

    /**
     * The sort with this {@link #label()}, case-insensitively.
     *
     * @throws IllegalArgumentException for any other text
     */
    public static EventSort parse(String text) {
        for (EventSort sort : values()) {
            if (sort.label.equals(text == null ? null : text.strip().toLowerCase(Locale.ROOT))) {
                return sort;
            }
        }
        throw new IllegalArgumentException("sort must be one of date, -date, fatalities, -fatalities, was '" + text + "'");
    }
}
