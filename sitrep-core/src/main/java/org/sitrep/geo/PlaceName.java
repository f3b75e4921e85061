package org.sitrep.geo;

import org.sitrep.model.Span;

/**
 * A place name as written in the article.
 *
 * @param text the name, e.g. "Al-Arej", "Anbar", "Qaim"
 * @param span its offsets in the article text, or null when it comes from context (e.g. a summary sentence)
 */
public record PlaceName(String text, Span span) {
    public PlaceName {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("place name must not be blank");
        }
    }
}
