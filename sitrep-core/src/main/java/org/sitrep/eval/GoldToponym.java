package org.sitrep.eval;

import org.sitrep.model.Span;

/**
 * A place name a human annotator marked in a document.
 *
 * @param span UTF-16 offsets of the name in {@link GeoDocument#text()}
 * @param name the name as written
 * @param point where the annotator put it, or null when the corpus gives no coordinates (a
 *     toponym to recognise but not to resolve)
 * @param geonameId the GeoNames feature the annotator chose (LGL's {@code gaztag geonameid}, GeoWebNews'
 *     {@code geonamesID}), or null when the corpus names none
 */
public record GoldToponym(Span span, String name, LatLon point, Long geonameId) {
    public GoldToponym {
        if (span == null || name == null || name.isBlank()) {
            throw new IllegalArgumentException("a gold toponym needs a span and a name");
        }
    }

    /** A gold toponym whose GeoNames feature the corpus does not name. */
    public GoldToponym(Span span, String name, LatLon point) {
        this(span, name, point, null);
    }
}
