package org.sitrep.store;

import java.util.Locale;

/**
 * What {@link EventStore#aggregate} groups events by. Each carries a fixed SQL key expression;
 * nothing from a client becomes SQL.
 */
public enum AggregateBy {
    /** The event day ({@code YYYY-MM-DD}); undated events form the group with a null key. Ordered by day. */
    DAY("day"),
    /** The province; events without one form the group with a null key. Largest first. */
    ADMIN1("admin1"),
    /** The ACLED sub-event type label. Largest first. */
    TYPE("type"),
    /** Each actor named as actor1 or actor2 (an event counts once per distinct actor). Largest first. */
    ACTOR("actor");

    private final String label;

    AggregateBy(String label) {
        this.label = label;
    }

    /** The name clients use, e.g. {@code admin1}. */
    public String label() {
        return label;
    }

    /**
     * The grouping with this {@link #label()}, case-insensitively.
     *
     * @throws IllegalArgumentException for any other text
     */
    public static AggregateBy parse(String text) {
        for (AggregateBy by : values()) {
            if (by.label.equals(text == null ? null : text.strip().toLowerCase(Locale.ROOT))) {
                return by;
            }
        }
        throw new IllegalArgumentException("aggregate must be one of day, admin1, type, actor, was '" + text + "'");
    }
}
