package org.sitrep.extract;

import org.sitrep.geo.PlaceQuery;
import org.sitrep.model.EventMention;

/**
 * An event mention as the coder made it, with what the text says about where it happened; the
 * geocode stage turns {@link #where()} into the mention's {@link org.sitrep.model.Location}.
 *
 * @param mention the coded mention, its location not yet set
 * @param where the place names the text gives for it, most specific first
 */
public record CodedMention(EventMention mention, PlaceQuery where) {
    public CodedMention {
        if (mention == null || where == null) {
            throw new IllegalArgumentException("mention and where must not be null");
        }
    }
}
