package org.sitrep.eval;

import java.time.LocalDate;

/**
 * One gold event, as a careful human coder records it ({@code *.events.jsonl}: one JSON object per
 * line with {@code doc}, {@code sub_event_type}, {@code actor1}, {@code actor2}, {@code fatalities},
 * {@code injured}, {@code arrested}, {@code admin1}, {@code date}, {@code evidence}). A field the gold
 * file leaves out is null here and is not scored.
 *
 * @param doc the article file name the event comes from
 * @param line 1-based line in the gold file, for reports
 */
public record GoldEvent(String doc, int line, String subEventType, String actor1, String actor2, Integer fatalities,
                        Integer injured, Integer arrested, String admin1, boolean admin1Given, LocalDate date,
                        boolean dateGiven, String evidence) {
    public GoldEvent {
        if (doc == null || doc.isBlank()) {
            throw new IllegalArgumentException("gold event needs a doc (line " + line + ")");
        }
        if (subEventType == null || subEventType.isBlank()) {
            throw new IllegalArgumentException("gold event needs a sub_event_type (line " + line + ")");
        }
    }
}
