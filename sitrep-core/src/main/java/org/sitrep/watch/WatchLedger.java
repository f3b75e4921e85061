package org.sitrep.watch;

import org.sitrep.pipeline.ArticleResult;

import java.util.Optional;

/**
 * What the watcher remembers between rounds and across restarts: each feed's validators and which
 * items are done. The store implements it over its database; core knows no database.
 *
 * <p><b>Contract.</b> {@link #store} writes the article and the item's done record in one
 * transaction, so that a process killed at any instant leaves either both or neither: a restart
 * then neither loses an item nor codes one twice. An item is recorded done only once its article is
 * stored (or its page is found to hold no article): a page that failed to download is not recorded
 * and is tried again. Implementations must be thread-safe.
 */
public interface WatchLedger {
    /** The validators stored for this feed by {@link #saveValidators}, if any. */
    Optional<FeedValidators> validators(String feedUrl);

    /** Stores (replaces) this feed's validators; called only once every new item of the feed was handled. */
    void saveValidators(String feedUrl, FeedValidators validators);

    /** True when this item URL was recorded done by {@link #store} or {@link #markDone}. */
    boolean isDone(String itemUrl);

    /** True when an article with this id is stored (from another feed, another item URL, or {@code sitrep run}). */
    boolean hasArticle(String articleId);

    /**
     * Stores the coded article and records the item done, in one transaction.
     *
     * @return true if the article was newly stored, false if an article with its id already was
     */
    boolean store(ArticleResult result, String itemUrl, String feedUrl);

    /** Records the item done without storing an article: its page holds none, or its article is stored already. */
    void markDone(String itemUrl, String feedUrl, String articleIdOrNull);
}
