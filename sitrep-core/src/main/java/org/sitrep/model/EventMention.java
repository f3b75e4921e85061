package org.sitrep.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One report of one event in one article, as coded by extract (and located by geocode).
 *
 * @param type ACLED sub-event type
 * @param actor1 the actor who acted, or null when the text names none
 * @param actor2 the actor acted upon, or null
 * @param location where, or null when the text gives nothing resolvable
 * @param date the event day, or null when neither the text nor the publication date fixes it
 * @param datePrecision precision of {@code date}; null exactly when {@code date} is null
 * @param fatalities people killed, {@code >= 0}
 * @param injured people injured, {@code >= 0}
 * @param arrested people arrested, {@code >= 0}
 * @param confidence the coder's confidence in [0, 1]
 * @param reason why the coder made this mention: the trigger and the rule, for people to audit
 * @param evidence the sentence(s) that carry the mention; at least one
 */
public record EventMention(EventType type, Actor actor1, Actor actor2, Location location, LocalDate date,
                           DatePrecision datePrecision, int fatalities, int injured, int arrested,
                           double confidence, String reason, List<Evidence> evidence) {
    public EventMention {
        Checks.nonNull(type, "type");
        if ((date == null) != (datePrecision == null)) {
            throw new IllegalArgumentException("date and datePrecision must both be set or both be null, were " + date + " and " + datePrecision);
        }
        Checks.nonNegative(fatalities, "fatalities");
        Checks.nonNegative(injured, "injured");
        Checks.nonNegative(arrested, "arrested");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within [0, 1], was " + confidence);
        }
        reason = reason == null ? "" : reason;
        evidence = List.copyOf(Checks.nonNull(evidence, "evidence"));
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("evidence must hold at least one sentence");
        }
    }

    public EventMention withActors(Actor newActor1, Actor newActor2) {
        return new EventMention(type, newActor1, newActor2, location, date, datePrecision, fatalities, injured, arrested, confidence, reason, evidence);
    }

    public EventMention withLocation(Location newLocation) {
        return new EventMention(type, actor1, actor2, newLocation, date, datePrecision, fatalities, injured, arrested, confidence, reason, evidence);
    }
}
