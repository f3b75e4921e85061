package org.sitrep.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.pipeline.ArticleResult;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class EventStoreTest {
    @TempDir
    Path dir;

    private EventStore open() {
        return EventStore.open(dir.resolve("sitrep.duckdb"), Fixtures.CLOCK);
    }

    private static final Comparator<Event> STORE_ORDER =
            Comparator.comparing(Event::date, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Event::id);

    @Test
    void roundTripKeepsEveryField() {
        List<Event> expected = Fixtures.allEvents().stream().sorted(STORE_ORDER).toList();
        try (EventStore store = open()) {
            for (ArticleResult r : Fixtures.all()) {
                assertThat(store.save(r).status()).isEqualTo(SaveOutcome.Status.SAVED);
            }
        }
        // Reopen: the data must come from the file, not from anything held in memory.
        try (EventStore store = open()) {
            List<StoredEvent> events = store.events(EventQuery.all());
            assertThat(events).extracting(StoredEvent::id).containsExactlyElementsOf(expected.stream().map(Event::id).toList());
            for (int i = 0; i < expected.size(); i++) {
                assertMatches(expected.get(i), events.get(i));
            }
            assertThat(store.articleCount()).isEqualTo(Fixtures.all().size());
        }
    }

    static void assertMatches(Event expected, StoredEvent actual) {
        assertThat(actual.id()).isEqualTo(expected.id());
        assertThat(actual.type()).isEqualTo(expected.type());
        assertThat(actual.actor1Name()).isEqualTo(expected.actor1() == null ? null : expected.actor1().name());
        assertThat(actual.actor1Type()).isEqualTo(expected.actor1() == null ? null : expected.actor1().type());
        assertThat(actual.actor1CountryIso3()).isEqualTo(expected.actor1() == null ? null : expected.actor1().countryIso3());
        assertThat(actual.actor2Name()).isEqualTo(expected.actor2() == null ? null : expected.actor2().name());
        assertThat(actual.actor2Type()).isEqualTo(expected.actor2() == null ? null : expected.actor2().type());
        assertThat(actual.actor2CountryIso3()).isEqualTo(expected.actor2() == null ? null : expected.actor2().countryIso3());
        var location = expected.location();
        var place = location == null ? null : location.place();
        assertThat(actual.locationText()).isEqualTo(location == null ? null : location.text());
        assertThat(actual.geoPrecision()).isEqualTo(location == null ? null : location.precision());
        assertThat(actual.placeName()).isEqualTo(place == null ? null : place.name());
        assertThat(actual.geonameId()).isEqualTo(place == null ? null : place.geonameId());
        assertThat(actual.lat()).isEqualTo(place == null ? null : place.lat());
        assertThat(actual.lon()).isEqualTo(place == null ? null : place.lon());
        assertThat(actual.countryIso3()).isEqualTo(place == null ? null : place.countryIso3());
        assertThat(actual.admin1()).isEqualTo(place == null ? null : place.admin1());
        assertThat(actual.admin2()).isEqualTo(place == null ? null : place.admin2());
        assertThat(actual.date()).isEqualTo(expected.date());
        assertThat(actual.datePrecision()).isEqualTo(expected.datePrecision());
        assertThat(actual.fatalities()).isEqualTo(expected.fatalities());
        assertThat(actual.injured()).isEqualTo(expected.injured());
        assertThat(actual.arrested()).isEqualTo(expected.arrested());
        assertThat(actual.confidence()).isCloseTo(expected.confidence(), within(1e-12));
        assertThat(actual.numArticles()).isEqualTo(expected.numArticles());
        assertThat(actual.numSources()).isEqualTo(expected.numSources());
        assertThat(actual.storedAt()).isEqualTo(Fixtures.NOW);
        List<Evidence> evidence = expected.evidence().stream()
                .sorted(Comparator.comparing(Evidence::articleId).thenComparingInt(Evidence::sentence)).toList();
        assertThat(actual.evidence()).hasSameSizeAs(evidence);
        for (int i = 0; i < evidence.size(); i++) {
            assertThat(actual.evidence().get(i).articleId()).isEqualTo(evidence.get(i).articleId());
            assertThat(actual.evidence().get(i).sentence()).isEqualTo(evidence.get(i).sentence());
            assertThat(actual.evidence().get(i).span()).isEqualTo(evidence.get(i).span());
            assertThat(actual.evidence().get(i).text()).isEqualTo(evidence.get(i).text());
        }
    }

    @Test
    void evidenceCarriesItsArticle() {
        ArticleResult iraq = Fixtures.iraq();
        try (EventStore store = open()) {
            store.save(iraq);
            StoredEvidence evidence = store.events(EventQuery.builder().type(EventType.ARRESTS).build()).get(0).evidence().get(0);
            Article article = iraq.article();
            assertThat(evidence.articleUrl()).isEqualTo(article.url());
            assertThat(evidence.articleSource()).isEqualTo(article.source());
            assertThat(evidence.articleTitle()).isEqualTo(article.title());
            assertThat(evidence.outlet()).isEqualTo(article.source());
        }
    }

    @Test
    void savingTheSameArticlesAgainAddsNothing() {
        try (EventStore store = open()) {
            store.saveAll(Fixtures.all());
            long events = store.eventCount();
            long articles = store.articleCount();
            long evidence = store.evidenceCount();
            Map<String, Long> counts = store.countsBySubEventType();

            List<SaveOutcome> again = store.saveAll(Fixtures.all());
            assertThat(again).extracting(SaveOutcome::status).containsOnly(SaveOutcome.Status.SKIPPED_ALREADY_STORED);
            assertThat(again).extracting(SaveOutcome::eventsWritten).containsOnly(0);
            assertThat(store.save(Fixtures.iraq()).saved()).isFalse();

            assertThat(store.eventCount()).isEqualTo(events).isEqualTo(Fixtures.allEvents().size());
            assertThat(store.articleCount()).isEqualTo(articles).isEqualTo(Fixtures.all().size());
            assertThat(store.evidenceCount()).isEqualTo(evidence);
            assertThat(store.countsBySubEventType()).isEqualTo(counts);
        }
    }

    @Test
    void aRepeatedArticleWithinOneBatchIsWrittenOnce() {
        try (EventStore store = open()) {
            List<SaveOutcome> outcomes = store.saveAll(List.of(Fixtures.iraq(), Fixtures.syria(), Fixtures.iraq()));
            assertThat(outcomes).extracting(SaveOutcome::status).containsExactly(
                    SaveOutcome.Status.SAVED, SaveOutcome.Status.SAVED, SaveOutcome.Status.SKIPPED_ALREADY_STORED);
            assertThat(outcomes.get(0).eventsWritten()).isEqualTo(Fixtures.iraq().events().size());
            assertThat(outcomes.get(0).evidenceWritten()).isEqualTo(
                    Fixtures.iraq().events().stream().mapToInt(e -> e.evidence().size()).sum());
            assertThat(store.articleCount()).isEqualTo(2);
            assertThat(store.eventCount()).isEqualTo(Fixtures.iraq().events().size() + Fixtures.syria().events().size());
        }
    }

    @Test
    void aFailureHalfWayThroughAnArticleLeavesNothingOfIt() {
        Path file = dir.resolve("sitrep.duckdb");
        String failing = Fixtures.iraq().article().id();
        WriteHook failOnIraq = articleId -> {
            if (articleId.equals(failing)) {
                throw new IllegalStateException("simulated crash after the events of " + articleId);
            }
        };
        try (EventStore store = EventStore.open(file, Fixtures.CLOCK, failOnIraq)) {
            store.save(Fixtures.syria());
            long events = store.eventCount();
            long evidence = store.evidenceCount();

            assertThatThrownBy(() -> store.save(Fixtures.iraq())).hasMessageContaining("simulated crash");

            assertThat(store.articleCount()).isEqualTo(1);
            assertThat(store.eventCount()).isEqualTo(events);
            assertThat(store.evidenceCount()).isEqualTo(evidence);
            Set<String> iraqEventIds = Fixtures.iraq().events().stream().map(Event::id).collect(Collectors.toSet());
            assertThat(store.events(EventQuery.all())).extracting(StoredEvent::id).doesNotContainAnyElementsOf(iraqEventIds);
            // The store stays usable after the rollback.
            assertThat(store.save(Fixtures.undated()).saved()).isTrue();
        }
        // The failed article is not marked as stored: a re-run writes it.
        try (EventStore store = EventStore.open(file, Fixtures.CLOCK)) {
            assertThat(store.save(Fixtures.iraq()).saved()).isTrue();
            assertThat(store.eventCount()).isEqualTo(
                    Fixtures.syria().events().size() + Fixtures.undated().events().size() + Fixtures.iraq().events().size());
        }
    }

    @Test
    void aFailureInABatchLeavesNothingOfTheBatch() {
        String failing = Fixtures.undated().article().id();
        try (EventStore store = EventStore.open(dir.resolve("sitrep.duckdb"), Fixtures.CLOCK, articleId -> {
            if (articleId.equals(failing)) {
                throw new IllegalStateException("simulated crash");
            }
        })) {
            store.save(Fixtures.empty());
            // iraq and syria are written before undated fails: the rollback must take them back too.
            assertThatThrownBy(() -> store.saveAll(List.of(Fixtures.iraq(), Fixtures.syria(), Fixtures.undated())))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(store.articleCount()).isEqualTo(1);
            assertThat(store.eventCount()).isZero();
            assertThat(store.evidenceCount()).isZero();
        }
    }

    @Test
    void aLaterCodingOfTheSameEventReplacesItsFieldsAndAddsItsEvidence() {
        ArticleResult first = Fixtures.iraq();
        Event original = first.events().get(0);
        String text = "A second report: security forces detained three Islamic State members near Mosul.";
        Article second = new Article("art-second", "https://third.example.net/a", "Third Outlet", null, null, "en", text);
        Evidence more = Fixtures.evidence(second, 0, text);
        Event recoded = Fixtures.event(original.id(), original.type(), original.actor1(), original.actor2(), original.location(),
                original.date(), original.datePrecision(), 0, 0, 4, 0.95, more);
        try (EventStore store = open()) {
            store.save(first);
            store.save(new ArticleResult(second, List.of(recoded), List.of()));
            StoredEvent stored = store.events(EventQuery.all()).stream().filter(e -> e.id().equals(original.id())).findFirst().orElseThrow();
            assertThat(stored.arrested()).isEqualTo(recoded.arrested());
            assertThat(stored.confidence()).isEqualTo(recoded.confidence());
            assertThat(stored.evidence()).extracting(StoredEvidence::articleId)
                    .containsExactlyInAnyOrder(first.article().id(), second.id());
            assertThat(store.eventCount()).isEqualTo(first.events().size());
        }
    }

    private static ArticleResult recodingOf(Event original, int arrested) {
        String text = "Another outlet: security forces detained " + arrested + " Islamic State members near Mosul.";
        Article article = new Article("art-recode-" + arrested, "https://fourth.example.net/" + arrested, null, null, null, "en", text);
        Event recoded = Fixtures.event(original.id(), original.type(), original.actor1(), original.actor2(), original.location(),
                original.date(), original.datePrecision(), 0, 0, arrested, 0.99, Fixtures.evidence(article, 0, text));
        return new ArticleResult(article, List.of(recoded), List.of());
    }

    @Test
    void withinOneBatchALaterCodingOfTheSameEventIsAnUpdateToo() {
        ArticleResult first = Fixtures.iraq();
        Event original = first.events().get(0);
        try (EventStore store = open()) {
            store.saveAll(List.of(first, recodingOf(original, 7)));
            StoredEvent stored = store.events(EventQuery.all()).stream().filter(e -> e.id().equals(original.id())).findFirst().orElseThrow();
            assertThat(stored.arrested()).isEqualTo(7);
            assertThat(stored.evidence()).hasSize(original.evidence().size() + 1);
            assertThat(store.eventCount()).isEqualTo(first.events().size());
        }
    }

    @Test
    void aFailedRecodingLeavesTheEarlierEventAsItWas() {
        ArticleResult first = Fixtures.iraq();
        Event original = first.events().get(0);
        ArticleResult recoding = recodingOf(original, 11);
        try (EventStore store = EventStore.open(dir.resolve("sitrep.duckdb"), Fixtures.CLOCK, articleId -> {
            if (articleId.equals(recoding.article().id())) {
                throw new IllegalStateException("simulated crash after the update");
            }
        })) {
            store.save(first);
            assertThatThrownBy(() -> store.save(recoding)).hasMessageContaining("simulated crash");
            StoredEvent stored = store.events(EventQuery.all()).stream().filter(e -> e.id().equals(original.id())).findFirst().orElseThrow();
            assertMatches(original, stored);
        }
    }

    @Test
    void evidenceCitingTheSameSentenceTwiceIsStoredOnce() {
        ArticleResult iraq = Fixtures.iraq();
        Event original = iraq.events().get(0);
        Evidence sentence = original.evidence().get(0);
        // Same article and sentence index, a narrower span: the first evidence item wins.
        Evidence narrower = new Evidence(sentence.articleId(), sentence.sentence(),
                new org.sitrep.model.Span(sentence.span().start(), sentence.span().start() + 5), sentence.text().substring(0, 5));
        Event doubled = Fixtures.event(original.id(), original.type(), original.actor1(), original.actor2(), original.location(),
                original.date(), original.datePrecision(), original.fatalities(), original.injured(), original.arrested(),
                original.confidence(), sentence, narrower);
        try (EventStore store = open()) {
            SaveOutcome outcome = store.save(new ArticleResult(iraq.article(), List.of(doubled), List.of()));
            assertThat(outcome.evidenceWritten()).isEqualTo(1);
            assertThat(store.events(EventQuery.all()).get(0).evidence()).singleElement()
                    .satisfies(e -> assertThat(e.text()).isEqualTo(sentence.text()));
        }
    }

    @Test
    void countsBySubEventTypeCountsEveryStoredEvent() {
        Map<String, Long> expected = new TreeMap<>(Fixtures.allEvents().stream()
                .collect(Collectors.groupingBy(e -> e.type().acledName(), Collectors.counting())));
        try (EventStore store = open()) {
            store.saveAll(Fixtures.all());
            assertThat(new TreeMap<>(store.countsBySubEventType())).isEqualTo(expected);
            List<Long> inOrder = List.copyOf(store.countsBySubEventType().values());
            assertThat(inOrder).isSortedAccordingTo(Comparator.reverseOrder());
        }
    }

    @Test
    void theSchemaIsCreatedOnceWithItsVersion() throws SQLException {
        Path file = dir.resolve("sub/dir/sitrep.duckdb");
        EventStore.open(file, Fixtures.CLOCK).close();
        EventStore.open(file, Fixtures.CLOCK).close();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), max(version) FROM schema_version")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(1);
            assertThat(rs.getInt(2)).isEqualTo(Schema.VERSION);
        }
    }

    @Test
    void aFileOfAnotherSchemaVersionIsRefused() throws SQLException {
        Path file = dir.resolve("sitrep.duckdb");
        EventStore.open(file, Fixtures.CLOCK).close();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            s.execute("UPDATE schema_version SET version = " + (Schema.VERSION + 1));
        }
        assertThatThrownBy(() -> EventStore.open(file, Fixtures.CLOCK))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version " + (Schema.VERSION + 1));
    }

    @Test
    void aFileThatIsNotADatabaseGivesAStoreExceptionNamingIt() throws Exception {
        Path file = dir.resolve("notes.duckdb");
        Files.writeString(file, "this is not a DuckDB file, just some text that is long enough to have a header");
        assertThatThrownBy(() -> EventStore.open(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.getFileName().toString());
    }

    @Test
    void aClosedStoreRefusesWork() {
        EventStore store = open();
        store.close();
        store.close();
        assertThatThrownBy(store::eventCount).isInstanceOf(StoreException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> store.save(Fixtures.iraq())).isInstanceOf(StoreException.class);
    }

    @Test
    void aPathThatTheJdbcUrlWouldReadAsOptionsIsRejected() {
        assertThatThrownBy(() -> EventStore.open(dir.resolve("x.duckdb?access_mode=read_only")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dbFile");
    }

    @Test
    void concurrentSavesFromSeveralThreadsAreSerialized() throws InterruptedException {
        List<ArticleResult> results = Fixtures.all();
        try (EventStore store = open()) {
            List<Thread> threads = results.stream().map(r -> new Thread(() -> {
                store.save(r);
                store.events(EventQuery.all());
            })).toList();
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                t.join();
            }
            assertThat(store.articleCount()).isEqualTo(results.size());
            assertThat(store.eventCount()).isEqualTo(Fixtures.allEvents().size());
        }
    }

    @Test
    void anUndatedEventSortsLast() {
        try (EventStore store = open()) {
            store.saveAll(Fixtures.all());
            List<StoredEvent> events = store.events(EventQuery.all());
            assertThat(events.get(events.size() - 1).date()).isNull();
            assertThat(events.subList(0, events.size() - 1)).extracting(StoredEvent::date)
                    .isSortedAccordingTo(Comparator.<LocalDate>naturalOrder());
        }
    }

    @Test
    void hasArticleTellsStoredArticlesFromNewOnes() {
        try (EventStore store = open()) {
            assertThat(store.hasArticle(Fixtures.iraq().article().id())).isFalse();
            store.save(Fixtures.iraq());
            assertThat(store.hasArticle(Fixtures.iraq().article().id())).isTrue();
            assertThat(store.hasArticle(Fixtures.syria().article().id())).isFalse();
            assertThat(store.hasArticle("'; DROP TABLE articles; --")).isFalse();
            assertThat(store.articleCount()).isEqualTo(1);
        }
    }

    @Test
    void articleTextIsTheCodedTextOrEmpty() {
        try (EventStore store = open()) {
            store.save(Fixtures.iraq());
            assertThat(store.articleText(Fixtures.iraq().article().id())).contains(Fixtures.iraq().article().text());
            assertThat(store.articleText(Fixtures.syria().article().id())).isEmpty();
        }
    }
}
