package org.sitrep.geo;

import org.sitrep.model.Span;

/**
 * A place name found in running text by {@link ToponymMatcher}.
 *
 * @param span UTF-16 offsets of the name in the text that was searched
 * @param text the name as written, {@code span.of(searchedText)}
 * @param country true when the name is a country's name or alternate name ("Iraq", "U.S.")
 */
public record ToponymMatch(Span span, String text, boolean country) {
    public ToponymMatch {
        if (span == null || text == null || text.isBlank()) {
            throw new IllegalArgumentException("a toponym match needs a span and a non-blank text");
        }
    }
}
