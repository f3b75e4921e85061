package org.sitrep.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.watch.FeedValidators;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 5: what sitrep watch remembers, and that an article and its item record are written together. */
class FeedLedgerTest {
    private static final String FEED = "https://news.example.org/feeds/iraq.xml";
    private static final String ITEM = "https://news.example.org/iraq/1?utm_source=rss";

    @TempDir
    Path dir;

    @Test
    void validatorsAndDoneItemsSurviveAReopen() {
        Path file = dir.resolve("sitrep.duckdb");
        try (EventStore store = EventStore.open(file, Fixtures.CLOCK)) {
            FeedLedger ledger = new FeedLedger(store);
            assertThat(ledger.validators(FEED)).isEmpty();
            assertThat(ledger.isDone(ITEM)).isFalse();

            ledger.saveValidators(FEED, new FeedValidators("W/\"abc\"", null));
            ledger.saveValidators(FEED, new FeedValidators("\"v2\"", "Tue, 12 May 2020 08:00:00 GMT"));
            assertThat(ledger.store(Fixtures.iraq(), ITEM, FEED)).isTrue();
            assertThat(ledger.store(Fixtures.iraq(), ITEM + "&again", FEED)).as("same article through another item URL").isFalse();
            ledger.markDone("https://news.example.org/empty", FEED, null);
        }
        try (EventStore store = EventStore.open(file, Fixtures.CLOCK)) {
            FeedLedger ledger = new FeedLedger(store);
            assertThat(ledger.validators(FEED)).contains(new FeedValidators("\"v2\"", "Tue, 12 May 2020 08:00:00 GMT"));
            assertThat(ledger.isDone(ITEM)).isTrue();
            assertThat(ledger.isDone(ITEM + "&again")).isTrue();
            assertThat(ledger.isDone("https://news.example.org/empty")).isTrue();
            assertThat(ledger.isDone("https://news.example.org/other")).isFalse();
            assertThat(ledger.hasArticle(Fixtures.iraq().article().id())).isTrue();
            assertThat(store.articleCount()).isEqualTo(1);
            assertThat(store.eventCount()).isEqualTo(2);
            assertThat(store.feedItemCount()).isEqualTo(3);
        }
    }

    @Test
    void aFailedSaveRecordsNeitherTheArticleNorItsItem() {
        WriteHook fail = articleId -> {
            throw new IllegalStateException("disk full (injected)");
        };
        try (EventStore store = EventStore.open(dir.resolve("sitrep.duckdb"), Fixtures.CLOCK, fail)) {
            FeedLedger ledger = new FeedLedger(store);

            assertThatThrownBy(() -> ledger.store(Fixtures.iraq(), ITEM, FEED)).hasMessageContaining("disk full");

            assertThat(ledger.isDone(ITEM)).as("the item is tried again").isFalse();
            assertThat(store.articleCount()).isZero();
            assertThat(store.eventCount()).isZero();
            assertThat(store.feedItemCount()).isZero();
        }
    }
}
