package org.sitrep.model;

/**
 * Where an event happened, as resolved from the text.
 *
 * @param place the gazetteer entry the event is placed at, or null when nothing could be resolved
 * @param precision ACLED geo precision: 1 the place itself, 2 near it or part of its district,
 *     3 only the province, region or country
 * @param text the place phrase as written (e.g. "Al-Arej"), which may name a place the gazetteer lacks
 * @param span where {@code text} stands in the article, or null for a location inherited from context
 */
public record Location(Place place, int precision, String text, Span span) {
    public Location {
        if (precision < 1 || precision > 3) {
            throw new IllegalArgumentException("precision must be 1, 2 or 3, was " + precision);
        }
        Checks.nonBlank(text, "text");
    }

    public boolean resolved() {
        return place != null;
    }
}
