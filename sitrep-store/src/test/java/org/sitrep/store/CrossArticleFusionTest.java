package org.sitrep.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Article;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Location;
import org.sitrep.model.Place;
import org.sitrep.pipeline.ArticleResult;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 5: events of different articles that report one event become one stored event; copies are linked, not coded. */
class CrossArticleFusionTest {
    static final LocalDate DAY = LocalDate.of(2024, 3, 12);
    static final Actor IRAQI_ARMY = new Actor("military-forces-iraq", "Military Forces of Iraq", ActorType.STATE_FORCES, "IRQ");
    static final Actor UNIDENTIFIED = new Actor("unidentified-armed-group-irq", "Unidentified Armed Group (Iraq)", ActorType.POLITICAL_MILITIA, "IRQ");
    static final Actor ISLAMIC_STATE = new Actor("islamic-state", "Islamic State", ActorType.REBEL_GROUP, null);
    static final Place BAQUBA = new Place(98463, "Baqubah", 33.7466, 44.6437, "IRQ", "Diyala", "Baqubah", "PPLA", 467900);
    static final Place BUHRIZ = new Place(98001, "Buhriz", 33.6952, 44.6645, "IRQ", "Diyala", "Baqubah", "PPL", 20000);
    static final Place DIYALA = new Place(98229, "Diyala", 33.77, 45.0, "IRQ", "Diyala", null, "ADM1", 1600000);

    @TempDir
    Path dir;

    /** One article of {@code source} reporting the bombing: {@code killed} dead, by {@code actor1}, at {@code place}. */
    static ArticleResult report(String source, Actor actor1, int killed, Place place, int precision, LocalDate day) {
        String sentence = source + " reports that a roadside bomb killed " + killed + " soldiers near " + place.name() + ".";
        Article article = new Article("art-" + source.toLowerCase().replace(' ', '-'), "https://" + source.toLowerCase().replace(' ', '-') + ".test/1",
                source, null, DAY, "en", sentence);
        Event event = Fixtures.event("ev-" + article.id(), EventType.REMOTE_EXPLOSIVE, actor1, IRAQI_ARMY,
                new Location(place, precision, place.name(), Fixtures.span(sentence, place.name())), day, DatePrecision.DAY,
                killed, 2, 0, 0.7, Fixtures.evidence(article, 0, sentence));
        return new ArticleResult(article, List.of(event), List.of());
    }

    private EventStore open() {
        return EventStore.open(dir.resolve("fusion.duckdb"), Fixtures.CLOCK);
    }

    @Test
    void reportsOfOneBombFromThreeOutletsAreOneEventWithTheHighestFigure() {
        try (EventStore store = open()) {
            SaveOutcome first = store.save(report("Tigris Observer", UNIDENTIFIED, 3, BAQUBA, 1, DAY));
            SaveOutcome second = store.save(report("Mesopotamia Wire", ISLAMIC_STATE, 4, BUHRIZ, 1, DAY));
            SaveOutcome third = store.save(report("Baghdad Daily", null, 4, DIYALA, 3, DAY.plusDays(1)));
            assertThat(first.joinedEventIds()).isEmpty();
            assertThat(second.joinedEventIds()).containsExactly("ev-art-tigris-observer");
            assertThat(third.joinedEventIds()).containsExactly("ev-art-tigris-observer");
            List<StoredEvent> events = store.events(EventQuery.all());
            assertThat(events).hasSize(1);
            StoredEvent bomb = events.get(0);
            assertThat(bomb.id()).as("the first report's id").isEqualTo("ev-art-tigris-observer");
            assertThat(bomb.numArticles()).isEqualTo(3);
            assertThat(bomb.numSources()).isEqualTo(3);
            assertThat(bomb.fatalities()).as("never the sum 11").isEqualTo(4);
            assertThat(bomb.actor1Name()).as("named over unidentified").isEqualTo("Islamic State");
            assertThat(bomb.placeName()).as("precision 1 kept over the province").isEqualTo("Baqubah");
            assertThat(bomb.date()).isEqualTo(DAY);
            assertThat(bomb.evidence()).hasSize(3);
        }
    }

    @Test
    void anArticleArrivingTomorrowJoinsYesterdaysEventAfterTheStoreIsReopened() {
        try (EventStore store = open()) {
            store.save(report("Tigris Observer", UNIDENTIFIED, 3, BAQUBA, 1, DAY));
        }
        try (EventStore store = open()) {
            assertThat(store.save(report("Kurdistan Monitor", null, 4, BAQUBA, 1, DAY)).eventsJoined()).isEqualTo(1);
            assertThat(store.eventCount()).isEqualTo(1);
            assertThat(store.events(EventQuery.all()).get(0).numArticles()).isEqualTo(2);
        }
    }

    @Test
    void savingTheSameArticlesAgainChangesNothing() {
        List<ArticleResult> batch = List.of(report("Tigris Observer", UNIDENTIFIED, 3, BAQUBA, 1, DAY),
                report("Mesopotamia Wire", ISLAMIC_STATE, 4, BUHRIZ, 1, DAY));
        try (EventStore store = open()) {
            store.saveAll(batch);
            List<StoredEvent> before = store.events(EventQuery.all());
            assertThat(store.saveAll(batch)).extracting(SaveOutcome::status).containsOnly(SaveOutcome.Status.SKIPPED_ALREADY_STORED);
            assertThat(store.events(EventQuery.all())).isEqualTo(before);
        }
    }

    @Test
    void twoArticlesOfOneOutletCountOneSource() {
        ArticleResult a = report("Tigris Observer", UNIDENTIFIED, 3, BAQUBA, 1, DAY);
        ArticleResult b = report("Tigris Observer", null, 4, BAQUBA, 1, DAY);
        Article other = new Article("art-tigris-2", "https://tigris-observer.test/2", "Tigris Observer", null, DAY, "en", b.article().text());
        Event event = b.events().get(0);
        Event moved = Fixtures.event("ev-tigris-2", event.type(), null, IRAQI_ARMY, event.location(), DAY, DatePrecision.DAY, 4, 2, 0, 0.7,
                Fixtures.evidence(other, 0, other.text()));
        try (EventStore store = open()) {
            store.save(a);
            store.save(new ArticleResult(other, List.of(moved), List.of()));
            StoredEvent bomb = store.events(EventQuery.all()).get(0);
            assertThat(bomb.numArticles()).isEqualTo(2);
            assertThat(bomb.numSources()).isEqualTo(1);
        }
    }

    @Test
    void tooFarOrTooLateIsAnotherEvent() {
        Place khanaqin = new Place(97000, "Khanaqin", 34.3358, 45.3853, "IRQ", "Diyala", "Khanaqin", "PPLA2", 175000);
        try (EventStore store = open()) {
            store.save(report("Tigris Observer", UNIDENTIFIED, 3, BAQUBA, 1, DAY));
            assertThat(store.save(report("Mesopotamia Wire", null, 3, khanaqin, 1, DAY)).eventsJoined()).isZero();
            assertThat(store.save(report("Baghdad Daily", null, 3, BAQUBA, 1, DAY.plusDays(3))).eventsJoined()).isZero();
            assertThat(store.eventCount()).isEqualTo(3);
        }
    }

    @Test
    void withFusionOffEveryArticleKeepsItsOwnEvents() {
        try (EventStore store = EventStore.open(dir.resolve("off.duckdb"), Fixtures.CLOCK, new StoreOptions(false))) {
            store.save(report("Tigris Observer", UNIDENTIFIED, 3, BAQUBA, 1, DAY));
            store.save(report("Mesopotamia Wire", ISLAMIC_STATE, 4, BUHRIZ, 1, DAY));
            assertThat(store.eventCount()).isEqualTo(2);
        }
    }

    @Test
    void theQueryIndexShowsTheFusedEvent() {
        try (EventStore store = open()) {
            store.enableQueryIndex();
            store.save(report("Tigris Observer", UNIDENTIFIED, 3, BAQUBA, 1, DAY));
            store.save(report("Mesopotamia Wire", ISLAMIC_STATE, 4, BUHRIZ, 1, DAY));
            EventPage page = store.page(EventQuery.all());
            assertThat(page.total()).isEqualTo(1);
            assertThat(page.events().get(0).numArticles()).isEqualTo(2);
            assertThat(page.events().get(0).fatalities()).isEqualTo(4);
        }
    }

    @Test
    void aFailedSaveLeavesTheEventAsItWasAndTheNextSaveStillFuses() {
        Path file = dir.resolve("fail.duckdb");
        WriteHook failOnMesopotamia = articleId -> {
            if (articleId.equals("art-mesopotamia-wire")) {
                throw new IllegalStateException("disk full");
            }
        };
        try (EventStore store = EventStore.open(file, Fixtures.CLOCK, failOnMesopotamia)) {
            store.save(report("Tigris Observer", UNIDENTIFIED, 3, BAQUBA, 1, DAY));
            assertThatThrownBy(() -> store.save(report("Mesopotamia Wire", ISLAMIC_STATE, 4, BUHRIZ, 1, DAY)))
                    .isInstanceOf(IllegalStateException.class);
            StoredEvent bomb = store.events(EventQuery.all()).get(0);
            assertThat(bomb.numArticles()).isEqualTo(1);
            assertThat(bomb.fatalities()).isEqualTo(3);
            assertThat(store.save(report("Baghdad Daily", null, 4, BAQUBA, 1, DAY)).joinedEventIds()).containsExactly("ev-art-tigris-observer");
            assertThat(store.events(EventQuery.all()).get(0).numArticles()).isEqualTo(2);
        }
    }

    static final String STORY = """
            A roadside bomb struck an Iraqi army patrol near Baquba on Tuesday, killing four soldiers and wounding \
            two others, a security source in Diyala province said. The explosive device had been planted on a dirt \
            road between orchards on the northern edge of the city and went off as a patrol passed at around seven \
            in the morning, the source said. The wounded were taken to the city's general hospital.""";

    @Test
    void aSyndicatedCopyIsLinkedToTheFirstCopyAndItsEventsAreNotWritten() {
        Article original = new Article("art-original", "https://tigris.test/a", "Tigris Observer", null, DAY, "en", STORY);
        String copyText = "First published by Tigris Observer; republished with permission.\n\n" + STORY;
        Article copy = new Article("art-copy", "https://digest.test/b", "Regional Digest", null, DAY, "en", copyText);
        Event copied = Fixtures.event("ev-copy", EventType.REMOTE_EXPLOSIVE, null, IRAQI_ARMY, null, DAY, DatePrecision.DAY, 4, 2, 0, 0.7,
                Fixtures.evidence(copy, 0, "A roadside bomb struck an Iraqi army patrol near Baquba on Tuesday"));
        try (EventStore store = open()) {
            store.save(new ArticleResult(original, List.of(), List.of()));
        }
        try (EventStore store = open()) {
            assertThat(store.firstCopyOf(copyText)).contains("art-original");
            SaveOutcome outcome = store.save(new ArticleResult(copy, List.of(copied), List.of()));
            assertThat(outcome.status()).isEqualTo(SaveOutcome.Status.DUPLICATE);
            assertThat(outcome.duplicateOf()).isEqualTo("art-original");
            assertThat(store.hasArticle("art-copy")).isTrue();
            assertThat(store.duplicateOf("art-copy")).contains("art-original");
            assertThat(store.duplicateOf("art-original")).isEmpty();
            assertThat(store.eventCount()).isZero();
        }
    }
}
