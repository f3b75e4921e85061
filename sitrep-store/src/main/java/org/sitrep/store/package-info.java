/**
 * store: sitrep's events in an embedded DuckDB file. {@link org.sitrep.store.EventStore} writes one
 * {@link org.sitrep.pipeline.ArticleResult} (or a batch of them) per transaction, so that a run
 * killed at any instant leaves no half-written article, and skips articles it already holds, so
 * that re-running on the same input adds nothing twice; it links a near-duplicate article to its
 * first copy without writing its events ({@code article_signatures}), and fuses each event of a
 * saved article into the stored event it reports again, if any (cross-article fusion, the rules of
 * {@link org.sitrep.fuse.CrossArticleRules}; the stored event keeps its id); it reads events back as flat
 * {@link org.sitrep.store.StoredEvent}s with their evidence, filtered by an
 * {@link org.sitrep.store.EventQuery} whose values reach SQL only as bound parameters. It also keeps
 * the GeoNames records a user imported ({@code gazetteer_places}, upserted by geonameid), and, for
 * {@code sitrep watch}, {@link org.sitrep.store.FeedLedger}: each feed's validators
 * ({@code watch_feeds}) and the feed items done ({@code watch_items}, written in the transaction of
 * the item's article). A server
 * calls {@link org.sitrep.store.EventStore#enableQueryIndex} so that pages and aggregates are
 * answered from an in-memory columnar copy of the events (package-private {@code QueryIndex}),
 * identically to SQL and never from a stale copy.
 */
package org.sitrep.store;
