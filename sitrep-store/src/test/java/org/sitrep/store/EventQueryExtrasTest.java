package org.sitrep.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.EventCategory;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The filters, orders, counts and groupings the REST API adds: bbox, text, sort, count, aggregates, interactions. */
class EventQueryExtrasTest {
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

    private List<String> ids(EventQuery query) {
        return store.events(query).stream().map(StoredEvent::id).toList();
    }

    @Test
    void bboxKeepsOnlyLocatedEventsInsideItsEdges() {
        // Al-Arej is at 43.1234 E, 36.3512 N; Haditha at 42.3781 E, 34.1391 N.
        assertThat(ids(EventQuery.builder().bbox(new BoundingBox(43.0, 36.0, 44.0, 37.0)).build())).containsExactly("ev-arrest-arej");
        assertThat(ids(EventQuery.builder().bbox(new BoundingBox(42.0, 34.0, 44.0, 37.0)).build()))
                .containsExactly("ev-clash-haditha", "ev-arrest-arej");
        assertThat(ids(EventQuery.builder().bbox(new BoundingBox(43.1234, 36.3512, 43.1234, 36.3512)).build())).containsExactly("ev-arrest-arej");
        assertThat(ids(EventQuery.builder().bbox(new BoundingBox(-180, -90, 180, 90)).build())).hasSize(2);
    }

    @Test
    void bboxParsesAndRefusesBadBoxes() {
        assertThat(BoundingBox.parse("42, 34.5,44,37")).isEqualTo(new BoundingBox(42, 34.5, 44, 37));
        for (String bad : List.of("", "1,2,3", "1,2,3,4,5", "a,b,c,d", "NaN,0,1,1", "Infinity,0,1,1", "181,0,182,1", "10,0,5,1",
                "0,10,1,5", "0,-91,1,1", "1e3,0,1,1", "0x10,0,1,1")) {
            assertThatThrownBy(() -> BoundingBox.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void textMatchesEvidenceIgnoringCase() {
        assertThat(ids(EventQuery.builder().text("TWO SOLDIERS").build())).containsExactly("ev-clash-haditha");
        assertThat(ids(EventQuery.builder().text("explosion").build())).containsExactly("ev-blast");
        assertThat(ids(EventQuery.builder().text("nothing like this").build())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"%", "_", "\\", "%%", "a_b", "' OR 1=1 --", "\\%"})
    void textWildcardsMatchLiterally(String hostile) {
        assertThat(ids(EventQuery.builder().text(hostile).build())).isEmpty();
        assertThat(store.eventCount()).isEqualTo(4);
    }

    @Test
    void textMatchesAQuoteLiterally() {
        assertThat(ids(EventQuery.builder().text("\"two").build())).containsExactly("ev-clash-haditha");
        assertThat(EventStore.likeEscaped("50%_\\")).isEqualTo("50\\%\\_\\\\");
    }

    @Test
    void sortOrders() {
        assertThat(ids(EventQuery.builder().sort(EventSort.DATE).build()))
                .containsExactly("ev-clash-haditha", "ev-arrest-arej", "ev-protest-deir", "ev-blast");
        assertThat(ids(EventQuery.builder().sort(EventSort.DATE_DESC).build()))
                .containsExactly("ev-protest-deir", "ev-arrest-arej", "ev-clash-haditha", "ev-blast");
        assertThat(ids(EventQuery.builder().sort(EventSort.FATALITIES_DESC).build()).get(0)).isEqualTo("ev-clash-haditha");
        assertThat(ids(EventQuery.builder().sort(EventSort.FATALITIES).build()).get(3)).isEqualTo("ev-clash-haditha");
        assertThat(ids(EventQuery.builder().sort(EventSort.DATE_DESC).limit(2).offset(1).build()))
                .containsExactly("ev-arrest-arej", "ev-clash-haditha");
    }

    @Test
    void sortParsesItsLabelsOnly() {
        assertThat(EventSort.parse("-fatalities")).isEqualTo(EventSort.FATALITIES_DESC);
        assertThat(EventSort.parse("DATE")).isEqualTo(EventSort.DATE);
        assertThatThrownBy(() -> EventSort.parse("id; DROP TABLE events")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventSort.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countIgnoresPaging() {
        assertThat(store.count(EventQuery.builder().limit(1).offset(3).build())).isEqualTo(4);
        assertThat(store.count(EventQuery.builder().country("IRQ").limit(0).build())).isEqualTo(2);
    }

    @Test
    void eventByIdWithEvidence() {
        StoredEvent clash = store.event("ev-clash-haditha").orElseThrow();
        assertThat(clash.evidence()).hasSize(1);
        assertThat(clash.evidence().get(0).articleTitle()).isEqualTo("Arrests in Nineveh");
        assertThat(store.event("nope")).isEmpty();
        assertThat(store.event("' OR 1=1 --")).isEmpty();
    }

    @Test
    void aggregates() {
        assertThat(store.aggregate(EventQuery.all(), AggregateBy.DAY)).containsExactly(
                new Aggregate("2020-05-08", 1, 2), new Aggregate("2020-05-09", 1, 0),
                new Aggregate("2020-05-12", 1, 0), new Aggregate(null, 1, 0));
        assertThat(store.aggregate(EventQuery.builder().country("IRQ").build(), AggregateBy.ADMIN1))
                .containsExactly(new Aggregate("Al Anbar", 1, 2), new Aggregate("Nineveh", 1, 0));
        assertThat(store.aggregate(EventQuery.builder().category(EventCategory.BATTLES).build(), AggregateBy.TYPE))
                .containsExactly(new Aggregate("Armed clash", 1, 2));
        assertThat(store.aggregate(EventQuery.all(), AggregateBy.ACTOR)).containsExactly(
                new Aggregate("Iraqi Security Forces", 2, 2), new Aggregate("Islamic State", 2, 2),
                new Aggregate("Protesters (Syria)", 1, 0));
        assertThat(store.aggregate(EventQuery.builder().actor("protesters").build(), AggregateBy.ACTOR))
                .containsExactly(new Aggregate("Protesters (Syria)", 1, 0));
    }

    @Test
    void interactions() {
        assertThat(store.interactions(EventQuery.all())).containsExactly(
                new Interaction("Iraqi Security Forces", "Islamic State", 1),
                new Interaction("Islamic State", "Iraqi Security Forces", 1));
        assertThat(store.interactions(EventQuery.builder().text("clash").build())).containsExactly(
                new Interaction("Islamic State", "Iraqi Security Forces", 1));
    }
}
