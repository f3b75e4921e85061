package org.sitrep.store;

/**
 * How {@link EventStore} writes.
 *
 * @param fuseAcrossArticles whether an event joins a stored event of another article that reports
 *     the same event ({@link org.sitrep.fuse.CrossArticleRules}); off only to measure what fusion
 *     costs, or to keep one event per article
 */
public record StoreOptions(boolean fuseAcrossArticles) {
    /** Cross-article fusion on. */
    public static final StoreOptions DEFAULTS = new StoreOptions(true);
}
