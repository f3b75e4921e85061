/**
 * watch: live sources. {@link org.sitrep.watch.Watcher} polls RSS and Atom feeds
 * ({@link org.sitrep.watch.FeedParser}, Rome) listed in a feeds file ({@link org.sitrep.watch.FeedList}),
 * fetches the pages of new items over HTTP ({@link org.sitrep.watch.PageFetcher}: conditional GET,
 * timeouts, a size cap, limited http(s)-only redirects, one request at a time and a minimum delay
 * per host, Retry-After), reads them with {@link org.sitrep.ingest.HtmlReader}, codes them with an
 * {@link org.sitrep.watch.ArticleCoder} (the standard pipeline) and hands them to a
 * {@link org.sitrep.watch.WatchLedger}, which stores each article together with the record that its
 * item is done (the store implements it; core knows no database). A failing feed or page is
 * reported and tried again at the next round; it never stops the others.
 */
package org.sitrep.watch;
