package org.sitrep.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One thing that happened: the fused result of one or more {@link EventMention}s.
 *
 * @param id stable id derived from the evidence (article ids and sentence spans), so that coding
 *     the same article twice yields the same id
 * @param type ACLED sub-event type agreed by the mentions
 * @param actor1 see {@link EventMention#actor1()}
 * @param actor2 see {@link EventMention#actor2()}
 * @param location the most precise location among the mentions, or null
 * @param date see {@link EventMention#date()}
 * @param datePrecision see {@link EventMention#datePrecision()}
 * @param fatalities agreed count, {@code >= 0}
 * @param injured agreed count, {@code >= 0}
 * @param arrested agreed count, {@code >= 0}
 * @param confidence the highest mention confidence, in [0, 1]
 * @param mentions every mention fused into this event, in article order; at least one
 * @param numArticles distinct articles among the mentions' evidence
 * @param numSources distinct sources (outlets) among those articles, at least 1
 */
public record Event(String id, EventType type, Actor actor1, Actor actor2, Location location, LocalDate date,
                    DatePrecision datePrecision, int fatalities, int injured, int arrested, double confidence,
                    List<EventMention> mentions, int numArticles, int numSources) {
    public Event {
        Checks.nonBlank(id, "id");
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
        mentions = List.copyOf(Checks.nonNull(mentions, "mentions"));
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("an event needs at least one mention");
        }
        if (numArticles < 1 || numSources < 1 || numSources > numArticles) {
            throw new IllegalArgumentException("need 1 <= numSources <= numArticles, were numSources=" + numSources + ", numArticles=" + numArticles);
        }
    }

    /** Every evidence sentence of every mention, in mention order, without repeats. */
    public List<Evidence> evidence() {
        return mentions.stream().flatMap(m -> m.evidence().stream()).distinct().toList();
    }
}
