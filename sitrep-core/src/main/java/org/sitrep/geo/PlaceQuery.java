package org.sitrep.geo;

import java.util.List;

/**
 * What the text says about where an event happened, as a chain of names from the most specific to
 * the least: "in the village of Al-Arej" inside "the Mosul area of Nineveh province" is
 * {@code [Al-Arej, Mosul, Nineveh]}; "Tal Abita (Nineveh)" is {@code [Tal Abita, Nineveh]}.
 *
 * @param names most specific first; may be empty when the text names no place
 * @param focusCountryIso3 the country the article is about (ISO alpha-3), or null; used to pick
 *     among namesakes and as the last fallback
 */
public record PlaceQuery(List<PlaceName> names, String focusCountryIso3) {
    public PlaceQuery {
        names = List.copyOf(names);
    }
}
