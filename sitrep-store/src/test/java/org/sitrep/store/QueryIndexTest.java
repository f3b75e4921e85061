package org.sitrep.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Article;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventCategory;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Place;
import org.sitrep.pipeline.ArticleResult;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link EventStore#enableQueryIndex}: the index answers exactly as SQL does, never stale, safe beside a write. */
class QueryIndexTest {
    private static final String[] COUNTRIES = {"IRQ", "SYR", "SDN", "irq", "UKR", "YEM"};
    private static final String[] PROVINCES = {"Nineveh", "nineveh", "Al Anbar", "Équateur", "Şanlıurfa", "Kassala",
            "Z-land", "al anbar", "Deir ez-Zor"};
    private static final Actor[] ACTORS = {
            new Actor("a1", "Iraqi Security Forces", ActorType.STATE_FORCES, "IRQ"),
            new Actor("a2", "Islamic State", ActorType.REBEL_GROUP, null),
            new Actor("a3", "Rapid Support Forces", ActorType.REBEL_GROUP, "SDN"),
            new Actor("a4", "Protesters (Syria)", ActorType.PROTESTERS, "SYR")};
    private static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);

    @TempDir
    Path dir;

    @Test
    void indexAnswersEveryQueryAsSqlDoes() {
        try (EventStore store = EventStore.open(dir.resolve("q.duckdb"), Fixtures.CLOCK)) {
            Random random = new Random(20240611L);
            store.saveAll(articles(random, "a", 3000));
            store.saveAll(Fixtures.all());
            List<EventQuery> queries = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                queries.add(randomQuery(random));
            }
            queries.add(EventQuery.builder().limit(100).build());
            queries.add(EventQuery.builder().limit(0).build());
            queries.add(EventQuery.builder().country("FRA").build());
            queries.add(EventQuery.builder().admin1("ÉQUATEUR").build());
            queries.add(EventQuery.builder().actor("state").limit(20).build());
            queries.add(EventQuery.builder().limit(1000).offset(2990).sort(EventSort.FATALITIES_DESC).build());
            List<Object> expected = answers(store, queries);
            store.enableQueryIndex();
            assertThat(store.queryIndexInfo()).hasValueSatisfying(info -> assertThat(info.events()).isEqualTo(3004));
            List<Object> actual = answers(store, queries);
            for (int i = 0; i < queries.size(); i++) {
                assertThat(actual.get(i)).as("query %s", queries.get(i)).isEqualTo(expected.get(i));
            }
        }
    }

    @Test
    void aSaveIsSeenByTheNextRead() {
        try (EventStore store = EventStore.open(dir.resolve("f.duckdb"), Fixtures.CLOCK)) {
            Random random = new Random(7L);
            store.saveAll(articles(random, "a", 200));
            store.enableQueryIndex();
            EventQuery all = EventQuery.builder().limit(10).build();
            assertThat(store.page(all).total()).isEqualTo(200);
            store.save(Fixtures.iraq());
            assertThat(store.page(all).total()).isEqualTo(202);
            assertThat(store.page(EventQuery.builder().country("IRQ").admin1("nineveh").from(LocalDate.of(2020, 5, 9))
                    .to(LocalDate.of(2020, 5, 9)).build()).events()).extracting(StoredEvent::id).containsExactly("ev-arrest-arej");
            assertThat(store.aggregate(EventQuery.builder().from(LocalDate.of(2020, 5, 1)).to(LocalDate.of(2020, 5, 31)).build(),
                    AggregateBy.DAY)).extracting(Aggregate::key).containsExactly("2020-05-08", "2020-05-09");
            // The background rebuild catches up; the answers stay the same.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (store.queryIndexInfo().isEmpty() && System.nanoTime() < deadline) {
                assertThat(store.page(all).total()).isEqualTo(202);
                Thread.onSpinWait();
            }
            assertThat(store.queryIndexInfo()).hasValueSatisfying(info -> assertThat(info.events()).isEqualTo(202));
            assertThat(store.page(all).total()).isEqualTo(202);
        }
    }

    @Test
    void readsDuringAWriteSeeTheStateBeforeOrAfterIt() throws Exception {
        try (EventStore store = EventStore.open(dir.resolve("c.duckdb"), Fixtures.CLOCK)) {
            Random random = new Random(11L);
            store.saveAll(articles(random, "a", 1000));
            store.enableQueryIndex();
            List<ArticleResult> more = articles(random, "b", 500);
            EventQuery query = EventQuery.builder().limit(50).sort(EventSort.DATE_DESC).build();
            AtomicBoolean writing = new AtomicBoolean(true);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Integer>> readers = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    readers.add(pool.submit(() -> {
                        int reads = 0;
                        while (writing.get() || reads < 20) {
                            EventPage page = store.page(query);
                            assertThat(page.total()).isIn(1000L, 1500L);
                            assertThat(page.events()).hasSize(50);
                            long grouped = store.aggregate(query, AggregateBy.TYPE).stream().mapToLong(Aggregate::count).sum();
                            assertThat(grouped).isIn(1000L, 1500L);
                            reads++;
                        }
                        return reads;
                    }));
                }
                Thread.sleep(50);
                store.saveAll(more);
                writing.set(false);
                for (Future<Integer> reader : readers) {
                    assertThat(reader.get(60, TimeUnit.SECONDS)).isPositive();
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(store.page(query).total()).isEqualTo(1500);
        }
    }

    /** Per query: the page (total, ids, evidence counts) and the aggregates by day, province, type and actor. */
    private static List<Object> answers(EventStore store, List<EventQuery> queries) {
        List<Object> answers = new ArrayList<>();
        for (EventQuery query : queries) {
            EventPage page = store.page(query);
            List<Object> answer = new ArrayList<>();
            answer.add(page.total());
            answer.add(page.events());
            answer.add(page.evidenceCounts());
            for (AggregateBy by : AggregateBy.values()) {
                answer.add(store.aggregate(query, by));
            }
            answers.add(answer);
        }
        return answers;
    }

    private static EventQuery randomQuery(Random random) {
        EventQuery.Builder builder = EventQuery.builder();
        if (random.nextInt(3) == 0) {
            EventType type = EventType.values()[random.nextInt(EventType.values().length)];
            builder.type(type);
            if (random.nextBoolean()) {
                builder.category(type.category());
            }
        } else if (random.nextInt(4) == 0) {
            builder.category(EventCategory.values()[random.nextInt(EventCategory.values().length)]);
        }
        if (random.nextInt(2) == 0) {
            builder.country(random.nextInt(10) == 0 ? "FRA" : COUNTRIES[random.nextInt(COUNTRIES.length)]);
        }
        if (random.nextInt(4) == 0) {
            String province = PROVINCES[random.nextInt(PROVINCES.length)];
            builder.admin1(random.nextBoolean() ? province.toUpperCase(java.util.Locale.ROOT) : province);
        }
        if (random.nextInt(2) == 0) {
            LocalDate from = FIRST_DAY.plusDays(random.nextInt(800));
            if (random.nextInt(3) > 0) {
                builder.from(from);
            }
            if (random.nextInt(3) > 0) {
                builder.to(from.plusDays(random.nextInt(300)));
            }
        }
        if (random.nextInt(5) == 0) {
            double minLon = -10 + random.nextInt(50);
            double minLat = 10 + random.nextInt(30);
            builder.bbox(new BoundingBox(minLon, minLat, minLon + random.nextInt(30), minLat + random.nextInt(20)));
        }
        if (random.nextInt(15) == 0) {
            builder.actor("forces");
        }
        builder.sort(EventSort.values()[random.nextInt(EventSort.values().length)]);
        builder.limit(random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(60));
        builder.offset(random.nextInt(3) == 0 ? random.nextInt(100) : 0);
        return builder.build();
    }

    /** {@code events} random events, ten to an article, with ties of date and fatalities, and some without date or place. */
    private static List<ArticleResult> articles(Random random, String prefix, int events) {
        List<ArticleResult> results = new ArrayList<>();
        for (int a = 0; a * 10 < events; a++) {
            String text = "Sentence one. Sentence two.";
            Article article = new Article(prefix + "-art-" + a, null, null, null, null, "en", text);
            List<Event> list = new ArrayList<>();
            for (int e = a * 10; e < Math.min(events, a * 10 + 10); e++) {
                String id = switch (random.nextInt(6)) {
                    case 0 -> "EV-" + prefix + e;
                    case 1 -> "ev_" + prefix + e;
                    case 2 -> "év-" + prefix + e;
                    default -> "ev-" + prefix + Integer.toHexString(random.nextInt()) + "-" + e;
                };
                EventType type = EventType.values()[random.nextInt(EventType.values().length)];
                Location location = null;
                if (random.nextInt(8) > 0) {
                    String province = random.nextInt(10) == 0 ? null : PROVINCES[random.nextInt(PROVINCES.length)];
                    Place place = new Place(1000 + e, "Place " + e, 10 + random.nextInt(40) + random.nextDouble(),
                            -10 + random.nextInt(60) + random.nextDouble(), COUNTRIES[random.nextInt(COUNTRIES.length)],
                            province, null, "PPL", 0);
                    location = new Location(place, 1, "Place", new org.sitrep.model.Span(0, 5));
                }
                LocalDate date = random.nextInt(10) == 0 ? null : FIRST_DAY.plusDays(random.nextInt(1000));
                int fatalities = random.nextInt(3) == 0 ? random.nextInt(5) : 0;
                Actor actor1 = random.nextInt(5) == 0 ? null : ACTORS[random.nextInt(ACTORS.length)];
                Actor actor2 = random.nextInt(3) == 0 ? null : ACTORS[random.nextInt(ACTORS.length)];
                List<Evidence> evidence = new ArrayList<>();
                evidence.add(new Evidence(article.id(), 0, new org.sitrep.model.Span(0, 13), "Sentence one."));
                if (random.nextBoolean()) {
                    evidence.add(new Evidence(article.id(), 1, new org.sitrep.model.Span(14, 27), "Sentence two."));
                }
                list.add(Fixtures.event(id, type, actor1, actor2, location, date, date == null ? null : DatePrecision.DAY,
                        fatalities, 0, 0, 0.5, evidence.toArray(Evidence[]::new)));
            }
            results.add(new ArticleResult(article, list, List.of()));
        }
        return results;
    }
}
