package org.sitrep.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link EventStore#page}, the page lookups of evidence by event id, and reads from many threads. */
class EventPageTest {
    @TempDir
    Path dir;

    private EventStore store;

    @BeforeEach
    void fill() {
        store = EventStore.open(dir.resolve("p.duckdb"), Fixtures.CLOCK);
        store.saveAll(Fixtures.all());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void pageHoldsTheTotalAndTheSameEventsAsEventsWithTheirEvidenceCounts() {
        for (EventSort sort : EventSort.values()) {
            for (int limit : new int[] {1, 2, 100}) {
                EventQuery query = EventQuery.builder().sort(sort).limit(limit).build();
                EventPage page = store.page(query);
                List<StoredEvent> full = store.events(query);
                assertThat(page.total()).isEqualTo(store.count(query)).isEqualTo(store.eventCount());
                assertThat(page.events()).hasSameSizeAs(full);
                for (int i = 0; i < full.size(); i++) {
                    StoredEvent listed = page.events().get(i);
                    assertThat(listed.evidence()).isEmpty();
                    assertThat(listed).isEqualTo(withoutEvidence(full.get(i)));
                    assertThat(page.evidenceCounts().get(i)).isEqualTo(full.get(i).evidence().size());
                }
            }
        }
        EventQuery second = EventQuery.builder().limit(1).offset(1).build();
        assertThat(store.page(second).events().get(0).id()).isEqualTo(store.events(second).get(0).id());
        EventPage none = store.page(EventQuery.builder().country("FRA").build());
        assertThat(none.total()).isZero();
        assertThat(none.events()).isEmpty();
    }

    private static StoredEvent withoutEvidence(StoredEvent e) {
        return new StoredEvent(e.id(), e.type(), e.actor1Name(), e.actor1Type(), e.actor1CountryIso3(), e.actor2Name(),
                e.actor2Type(), e.actor2CountryIso3(), e.locationText(), e.placeName(), e.geonameId(), e.lat(), e.lon(),
                e.countryIso3(), e.admin1(), e.admin2(), e.geoPrecision(), e.date(), e.datePrecision(), e.fatalities(),
                e.injured(), e.arrested(), e.confidence(), e.numArticles(), e.numSources(), e.storedAt(), List.of());
    }

    @Test
    void aPageLookupGivesTheSameEventsAndEvidenceAsTheJoinOfLargeResults() {
        // limit <= PAGE_LOOKUP_LIMIT looks evidence up by id; a larger limit joins: both must agree.
        for (EventSort sort : EventSort.values()) {
            List<StoredEvent> paged = store.events(EventQuery.builder().sort(sort).limit(EventStore.PAGE_LOOKUP_LIMIT).build());
            List<StoredEvent> joined = store.events(EventQuery.builder().sort(sort).limit(EventStore.PAGE_LOOKUP_LIMIT + 1).build());
            assertThat(paged).as(sort.label()).isEqualTo(joined);
        }
        assertThat(store.events(EventQuery.builder().limit(10).build())).anySatisfy(e -> assertThat(e.evidence()).isNotEmpty());
    }

    @Test
    void oneEventComesWithItsEvidenceInArticleThenSentenceOrder() {
        for (StoredEvent listed : store.events(EventQuery.all())) {
            StoredEvent one = store.event(listed.id()).orElseThrow();
            assertThat(one).isEqualTo(listed);
        }
        assertThat(store.event("no-such-event")).isEmpty();
        assertThat(store.event(null)).isEmpty();
    }

    @Test
    void readsRunFromManyThreadsBesideWrites() throws Exception {
        EventQuery query = EventQuery.builder().limit(100).build();
        EventPage expected = store.page(query);
        ExecutorService pool = Executors.newFixedThreadPool(EventStore.READ_CONNECTIONS * 3);
        try {
            List<Future<EventPage>> pages = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                pages.add(pool.submit(() -> store.page(query)));
                if (i == 30) {
                    pool.submit(() -> store.saveAll(Fixtures.all())); // all already stored: skipped, changes nothing
                }
            }
            for (Future<EventPage> page : pages) {
                assertThat(page.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void readsAfterCloseFail() {
        store.close();
        assertThatThrownBy(() -> store.page(EventQuery.all())).isInstanceOf(StoreException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> store.aggregate(EventQuery.all(), AggregateBy.ADMIN1)).isInstanceOf(StoreException.class);
        store.close();
    }

    @Test
    void anOlderFileGetsTheEvidenceIndexWhenOpened() throws Exception {
        store.close();
        try (var connection = java.sql.DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("p.duckdb").toAbsolutePath());
             var statement = connection.createStatement()) {
            statement.execute("DROP INDEX evidence_event_id");
        }
        store = EventStore.open(dir.resolve("p.duckdb"), Fixtures.CLOCK);
        store.close();
        try (var connection = java.sql.DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("p.duckdb").toAbsolutePath());
             var statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT count(*) FROM duckdb_indexes() WHERE index_name = 'evidence_event_id'")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(1);
        }
        store = EventStore.open(dir.resolve("p.duckdb"), Fixtures.CLOCK);
    }
}
