package org.sitrep.store;

import org.sitrep.model.EventCategory;
import org.sitrep.model.EventType;

import java.time.LocalDate;

/**
 * A filter over stored events; every non-null field narrows the result. Build one with
 * {@link #builder()}; {@link #all()} matches everything.
 *
 * @param type only this sub-event type, or null for any
 * @param category only this event type (ACLED's six), or null for any; must agree with {@code type} when both are set
 * @param actor case-insensitive substring of actor1's or actor2's name, or null/blank for any
 *     (matched literally: {@code %} and {@code _} are not wildcards)
 * @param country ISO 3166-1 alpha-3 code of the event's country, compared case-insensitively, or null/blank for any
 * @param admin1 province name, compared case-insensitively, or null/blank for any
 * @param from first event day included, or null; events without a date never match a date bound
 * @param to last event day included, or null
 * @param limit the most events returned, {@code >= 0}
 * @param offset events skipped before the first returned, {@code >= 0}
 * @param bbox only events whose coordinates lie in this box (edges included), or null for any;
 *     events without coordinates never match a box
 * @param text case-insensitive substring of one of the event's evidence sentences, or null/blank for
 *     any (matched literally: {@code %}, {@code _} and {@code \} are not wildcards)
 * @param sort the order of the events returned; null means {@link EventSort#DATE}
 */
public record EventQuery(EventType type, EventCategory category, String actor, String country, String admin1,
                         LocalDate from, LocalDate to, int limit, int offset,
                         BoundingBox bbox, String text, EventSort sort) {
    /** The limit a builder starts with: large enough for a UI page, small enough to be safe to render. */
    public static final int DEFAULT_LIMIT = 1000;

    public EventQuery {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, was " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0, was " + offset);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from must not be after to, were " + from + " and " + to);
        }
        if (type != null && category != null && type.category() != category) {
            throw new IllegalArgumentException("type " + type + " is not of category " + category);
        }
        actor = blankToNull(actor);
        country = blankToNull(country);
        admin1 = blankToNull(admin1);
        text = blankToNull(text);
        if (sort == null) {
            sort = EventSort.DATE;
        }
    }

    /** The same filter and order without paging: every matching event. */
    public EventQuery unpaged() {
        return new EventQuery(type, category, actor, country, admin1, from, to, Integer.MAX_VALUE, 0, bbox, text, sort);
    }

    /** Every event, without limit. */
    public static EventQuery all() {
        return builder().limit(Integer.MAX_VALUE).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Mutable, not thread-safe builder; {@link #build()} validates. Starts with no filter and {@link #DEFAULT_LIMIT}. */
    public static final class Builder {
        private EventType type;
        private EventCategory category;
        private String actor;
        private String country;
        private String admin1;
        private LocalDate from;
        private LocalDate to;
        private int limit = DEFAULT_LIMIT;
        private int offset;
        private BoundingBox bbox;
        private String text;
        private EventSort sort = EventSort.DATE;

        private Builder() {}

        public Builder bbox(BoundingBox value) {
            this.bbox = value;
            return this;
        }

        /** Evidence text contains {@code value}, case-insensitively and literally. */
        public Builder text(String value) {
            this.text = value;
            return this;
        }

        public Builder sort(EventSort value) {
            this.sort = value;
            return this;
        }

        public Builder type(EventType value) {
            this.type = value;
            return this;
        }

        public Builder category(EventCategory value) {
            this.category = value;
            return this;
        }

        public Builder actor(String value) {
            this.actor = value;
            return this;
        }

        public Builder country(String iso3) {
            this.country = iso3;
            return this;
        }

        public Builder admin1(String value) {
            this.admin1 = value;
            return this;
        }

        public Builder from(LocalDate value) {
            this.from = value;
            return this;
        }

        public Builder to(LocalDate value) {
            this.to = value;
            return this;
        }

        public Builder limit(int value) {
            this.limit = value;
            return this;
        }

        public Builder offset(int value) {
            this.offset = value;
            return this;
        }

        public EventQuery build() {
            return new EventQuery(type, category, actor, country, admin1, from, to, limit, offset, bbox, text, sort);
        }
    }
}
