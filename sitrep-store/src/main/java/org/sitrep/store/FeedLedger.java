package org.sitrep.store;

import org.sitrep.pipeline.ArticleResult;
import org.sitrep.watch.FeedValidators;
import org.sitrep.watch.WatchLedger;

import java.util.Optional;

/**
 * {@link WatchLedger} over an {@link EventStore}: feed validators in {@code watch_feeds}, done items in
 * {@code watch_items}. An article and its item's row are written in one transaction
 * ({@link EventStore#saveFeedItem}), so a watch killed at any instant (even {@code kill -9}) leaves
 * the article with its record, or neither. Thread-safe, as the store is; does not close the store.
 */
public final class FeedLedger implements WatchLedger {
    private final EventStore store;

    public FeedLedger(EventStore store) {
        if (store == null) {
            throw new IllegalArgumentException("store must not be null");
        }
        this.store = store;
    }

    @Override
    public Optional<FeedValidators> validators(String feedUrl) {
        return store.feedValidators(feedUrl).map(v -> new FeedValidators(v[0], v[1]));
    }

    @Override
    public void saveValidators(String feedUrl, FeedValidators validators) {
        store.saveFeedValidators(feedUrl, validators.etag(), validators.lastModified());
    }

    @Override
    public boolean isDone(String itemUrl) {
        return store.feedItemDone(itemUrl);
    }

    @Override
    public boolean hasArticle(String articleId) {
        return store.hasArticle(articleId);
    }

    @Override
    public boolean store(ArticleResult result, String itemUrl, String feedUrl) {
        return store.saveFeedItem(result, itemUrl, feedUrl).saved();
    }

    @Override
    public void markDone(String itemUrl, String feedUrl, String articleIdOrNull) {
        store.markFeedItemDone(itemUrl, feedUrl, articleIdOrNull);
    }
}
