package org.sitrep.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.EventCategory;
import org.sitrep.model.EventType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every filter is checked against the same predicate computed in Java over the fixture events. */
class EventQueryTest {
    @TempDir
    Path dir;

    private EventStore store;

    @BeforeEach
    void fill() {
        store = EventStore.open(dir.resolve("q.duckdb"), Fixtures.CLOCK);
        store.saveAll(Fixtures.all());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private static List<String> expectedIds(Predicate<Event> filter) {
        return Fixtures.allEvents().stream().filter(filter)
                .sorted(Comparator.comparing(Event::date, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Event::id))
                .map(Event::id).toList();
    }

    private List<String> ids(EventQuery query) {
        return store.events(query).stream().map(StoredEvent::id).toList();
    }

    private static boolean actorContains(Actor actor, String part) {
        return actor != null && actor.name().toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    @Test
    void byType() {
        assertThat(ids(EventQuery.builder().type(EventType.ARRESTS).build()))
                .isNotEmpty()
                .isEqualTo(expectedIds(e -> e.type() == EventType.ARRESTS));
    }

    @Test
    void byCategory() {
        assertThat(ids(EventQuery.builder().category(EventCategory.PROTESTS).build()))
                .isNotEmpty()
                .isEqualTo(expectedIds(e -> e.type().category() == EventCategory.PROTESTS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"islamic", "ISLAMIC STATE", "forces", "protesters (syria)", "nobody"})
    void byActorSubstringOfEitherActorIgnoringCase(String actor) {
        assertThat(ids(EventQuery.builder().actor(actor).build()))
                .isEqualTo(expectedIds(e -> actorContains(e.actor1(), actor) || actorContains(e.actor2(), actor)));
    }

    @Test
    void byActorFindsActor2Only() {
        // In the arrest, the Islamic State is actor2; in the clash, actor1: both must match.
        assertThat(ids(EventQuery.builder().actor("islamic state").build())).hasSize(2);
    }

    @Test
    void byCountryIgnoringCase() {
        assertThat(ids(EventQuery.builder().country("irq").build()))
                .isNotEmpty()
                .isEqualTo(expectedIds(e -> e.location() != null && e.location().place() != null
                        && e.location().place().countryIso3().equals("IRQ")));
    }

    @Test
    void byAdmin1IgnoringCase() {
        assertThat(ids(EventQuery.builder().admin1("NINEVEH").build()))
                .isNotEmpty()
                .isEqualTo(expectedIds(e -> e.location() != null && e.location().place() != null
                        && "Nineveh".equals(e.location().place().admin1())));
    }

    @Test
    void byDateRangeInclusive() {
        LocalDate from = LocalDate.of(2020, 5, 9);
        LocalDate to = LocalDate.of(2020, 5, 12);
        assertThat(ids(EventQuery.builder().from(from).to(to).build()))
                .isNotEmpty()
                .isEqualTo(expectedIds(e -> e.date() != null && !e.date().isBefore(from) && !e.date().isAfter(to)));
        assertThat(ids(EventQuery.builder().from(to).build()))
                .isEqualTo(expectedIds(e -> e.date() != null && !e.date().isBefore(to)));
    }

    @Test
    void filtersCombineWithAnd() {
        assertThat(ids(EventQuery.builder().actor("islamic").category(EventCategory.BATTLES).country("IRQ").build()))
                .isEqualTo(expectedIds(e -> e.type().category() == EventCategory.BATTLES
                        && (actorContains(e.actor1(), "islamic") || actorContains(e.actor2(), "islamic"))));
    }

    @Test
    void limitAndOffsetPageThroughTheOrder() {
        List<String> all = ids(EventQuery.all());
        assertThat(all).isEqualTo(expectedIds(e -> true));
        assertThat(ids(EventQuery.builder().limit(2).build())).isEqualTo(all.subList(0, 2));
        assertThat(ids(EventQuery.builder().limit(2).offset(1).build())).isEqualTo(all.subList(1, 3));
        assertThat(ids(EventQuery.builder().offset(all.size()).build())).isEmpty();
        assertThat(ids(EventQuery.builder().limit(0).build())).isEmpty();
    }

    @Test
    void pagedEventsKeepAllTheirEvidence() {
        for (int offset = 0; offset < Fixtures.allEvents().size(); offset++) {
            StoredEvent page = store.events(EventQuery.builder().limit(1).offset(offset).build()).get(0);
            Event original = Fixtures.allEvents().stream().filter(e -> e.id().equals(page.id())).findFirst().orElseThrow();
            assertThat(page.evidence()).hasSameSizeAs(original.evidence());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"'; DROP TABLE events; --", "x' OR '1'='1", "%", "_", "\" OR 1=1 --", "IRQ') OR ('1'='1", "\\"})
    void hostileStringsMatchNothingAndChangeNothing(String hostile) {
        long before = store.eventCount();
        assertThat(ids(EventQuery.builder().actor(hostile).build())).isEmpty();
        assertThat(ids(EventQuery.builder().country(hostile).build())).isEmpty();
        assertThat(ids(EventQuery.builder().admin1(hostile).build())).isEmpty();
        assertThat(store.eventCount()).isEqualTo(before).isPositive();
        assertThat(store.articleCount()).isEqualTo(Fixtures.all().size());
    }

    @Test
    void blankFiltersMeanNoFilter() {
        assertThat(ids(EventQuery.builder().actor("  ").country("").admin1(" ").limit(Integer.MAX_VALUE).build()))
                .isEqualTo(ids(EventQuery.all()));
    }

    @Test
    void aNegativeLimitIsRefusedNamingIt() {
        assertThatThrownBy(() -> EventQuery.builder().limit(-1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
    }

    @Test
    void aNegativeOffsetIsRefusedNamingIt() {
        assertThatThrownBy(() -> EventQuery.builder().offset(-5).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offset");
    }

    @Test
    void aReversedDateRangeIsRefused() {
        assertThatThrownBy(() -> EventQuery.builder().from(LocalDate.of(2020, 2, 1)).to(LocalDate.of(2020, 1, 1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from");
    }

    @Test
    void aTypeOutsideItsCategoryIsRefused() {
        assertThatThrownBy(() -> EventQuery.builder().type(EventType.ARRESTS).category(EventCategory.BATTLES).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ARRESTS");
    }

    @Test
    void theBuilderStartsWithTheDefaultLimit() {
        assertThat(EventQuery.builder().build().limit()).isEqualTo(EventQuery.DEFAULT_LIMIT);
        assertThat(EventQuery.builder().build().offset()).isZero();
    }
}
