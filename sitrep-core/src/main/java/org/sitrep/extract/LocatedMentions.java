package org.sitrep.extract;

import org.sitrep.geo.PlaceQuery;
import org.sitrep.model.EventMention;

/**
 * What the coder settles once a mention's place is known (the pipeline geocodes between
 * {@link EventExtractor#extract} and this). Implementations are thread-safe.
 */
@FunctionalInterface
public interface LocatedMentions {
    /** Leaves every mention as it is. */
    LocatedMentions AS_IS = (located, where) -> located;

    /**
     * The mention as coded for where it happened.
     *
     * @param located the mention with its location set by the geocoder (null when none was found)
     * @param where what the geocoder was asked, with the article's focus country
     */
    EventMention settle(EventMention located, PlaceQuery where);
}
