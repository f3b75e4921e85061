package org.sitrep.watch;

import java.net.URI;
import java.time.LocalDate;

/**
 * One entry of a feed.
 *
 * @param link the absolute http(s) URL of the item's page (relative links are resolved against the feed's URL)
 * @param title the entry's title, or null
 * @param publishedOn the entry's publication (else update) day in UTC, or null when the feed states none
 */
public record FeedItem(URI link, String title, LocalDate publishedOn) {
    public FeedItem {
        if (link == null || !link.isAbsolute()) {
            throw new IllegalArgumentException("link must be an absolute URI, was " + link);
        }
    }
}
