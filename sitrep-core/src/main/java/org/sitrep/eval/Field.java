package org.sitrep.eval;

/**
 * The fields scored over matched pairs of gold and predicted events, each with its name in reports
 * and its weight in the agreement that pairs events (see {@link EventScorer}).
 */
public enum Field {
    /** ACLED event type ("Battles"), compared case-insensitively. */
    EVENT_TYPE("event_type", 2),
    /** ACLED sub-event type ("Armed clash"). */
    SUB_EVENT_TYPE("sub_event_type", 4),
    /** PLOVER event type ("ASSAULT"), from {@link org.sitrep.model.EventType#ploverType()}. */
    PLOVER_TYPE("plover_type", 2),
    /** Canonical actor name, case-insensitive; a gold "none" needs no predicted actor. */
    ACTOR1("actor1", 1),
    ACTOR2("actor2", 1),
    /** Province name of the predicted place, case-insensitive. */
    ADMIN1("admin1", 1),
    /** Predicted place within {@link EventScorer#LOCATION_RADIUS_KM} of the gold coordinates. */
    LOCATION("location_25km", 1),
    /** Exact day. */
    DATE("date", 1),
    FATALITIES("fatalities", 1),
    INJURED("injured", 1),
    ARRESTED("arrested", 1);

    private final String label;
    private final int weight;

    Field(String label, int weight) {
        this.label = label;
        this.weight = weight;
    }

    /** The name used in tables, JSON and error logs. */
    public String label() {
        return label;
    }

    /**
     * What agreeing on this field adds to a pair's agreement. Types weigh more, so that a predicted
     * event of the gold's kind is paired before one that merely shares its province.
     */
    public int weight() {
        return weight;
    }

    /** True for the fields that say what kind of event it is. */
    public boolean isType() {
        return this == EVENT_TYPE || this == SUB_EVENT_TYPE || this == PLOVER_TYPE;
    }
}
