package org.sitrep.eval;

import org.sitrep.model.EventCategory;
import org.sitrep.model.EventType;

import java.time.LocalDate;

/**
 * One event as third-party gold codes it, in any of the formats {@code sitrep eval} reads. Every
 * field is scored only where the gold gives it: null means "not given, not scored". For names
 * ({@code actor1}, {@code actor2}, {@code admin1}) the empty string means "given as none": the gold
 * says there is no such actor, and a predicted event scores there only by having none either.
 *
 * @param ref where the event comes from, for reports ({@code "acled_2020.csv:12"})
 * @param eventType ACLED event type, or null
 * @param subEventType ACLED sub-event type, or null
 * @param ploverType PLOVER event type in upper case ({@code "ASSAULT"}), or null
 * @param actor1 canonical name of the actor who acted, "" for none, or null
 * @param actor2 canonical name of the actor acted upon, "" for none, or null
 * @param admin1 province name, "" for none, or null
 * @param location gold coordinates, or null
 * @param date event day, or null
 * @param fatalities killed, {@code >= 0}, or null
 * @param injured injured, {@code >= 0}, or null
 * @param arrested arrested, {@code >= 0}, or null
 * @param evidence the sentence the gold says carries the event, or null
 */
public record ReferenceEvent(String ref, EventCategory eventType, EventType subEventType, String ploverType,
                             String actor1, String actor2, String admin1, LatLon location, LocalDate date,
                             Integer fatalities, Integer injured, Integer arrested, String evidence) {
    public ReferenceEvent {
        if (ref == null || ref.isBlank()) {
            throw new IllegalArgumentException("ref must not be blank, was " + (ref == null ? "null" : "'" + ref + "'"));
        }
        nonNegative(fatalities, "fatalities");
        nonNegative(injured, "injured");
        nonNegative(arrested, "arrested");
        actor1 = actor1 == null ? null : actor1.strip();
        actor2 = actor2 == null ? null : actor2.strip();
        admin1 = admin1 == null ? null : admin1.strip();
        ploverType = ploverType == null || ploverType.isBlank() ? null : ploverType.strip();
    }

    private static void nonNegative(Integer count, String name) {
        if (count != null && count < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, was " + count);
        }
    }

    public static Builder builder(String ref) {
        return new Builder(ref);
    }

    /**
     * Builds a reference event field by field. Setting a sub-event type also sets the event type it
     * belongs to, unless one is set explicitly (the taxonomy fixes it, so the gold gives it too).
     */
    public static final class Builder {
        private final String ref;
        private EventCategory eventType;
        private EventType subEventType;
        private String ploverType;
        private String actor1;
        private String actor2;
        private String admin1;
        private LatLon location;
        private LocalDate date;
        private Integer fatalities;
        private Integer injured;
        private Integer arrested;
        private String evidence;

        private Builder(String ref) {
            this.ref = ref;
        }

        public Builder eventType(EventCategory value) {
            eventType = value;
            return this;
        }

        public Builder subEventType(EventType value) {
            subEventType = value;
            return this;
        }

        public Builder ploverType(String value) {
            ploverType = value;
            return this;
        }

        public Builder actor1(String value) {
            actor1 = value;
            return this;
        }

        public Builder actor2(String value) {
            actor2 = value;
            return this;
        }

        public Builder admin1(String value) {
            admin1 = value;
            return this;
        }

        public Builder location(LatLon value) {
            location = value;
            return this;
        }

        public Builder date(LocalDate value) {
            date = value;
            return this;
        }

        public Builder fatalities(Integer value) {
            fatalities = value;
            return this;
        }

        public Builder injured(Integer value) {
            injured = value;
            return this;
        }

        public Builder arrested(Integer value) {
            arrested = value;
            return this;
        }

        public Builder evidence(String value) {
            evidence = value;
            return this;
        }

        public ReferenceEvent build() {
            EventCategory category = eventType != null ? eventType : subEventType == null ? null : subEventType.category();
            return new ReferenceEvent(ref, category, subEventType, ploverType, actor1, actor2, admin1, location, date,
                    fatalities, injured, arrested, evidence);
        }
    }
}
