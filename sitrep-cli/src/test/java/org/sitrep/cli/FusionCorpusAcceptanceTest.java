package org.sitrep.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.Ingest;
import org.sitrep.model.Article;
import org.sitrep.model.EventType;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.StoredEvidence;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5's acceptance, through {@code sitrep run} with the real pipeline (CoreNLP) into a DuckDB
 * file: five outlets tell one roadside bombing near Baquba in their own words (3 or 4 killed), an
 * aggregator re-posts one of them under its own header and footer, and two other events happen the
 * same day in the same province (an arrest raid near Khalis, a protest in Khanaqin). The fixture is
 * the project's own text ({@code fusion-corpus/fusion-corpus.jsonl}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FusionCorpusAcceptanceTest {
    static final Path CORPUS = Path.of("sitrep-cli/src/test/resources/fusion-corpus");

    @TempDir
    static Path tmp;
    private Path db;
    private Cli.Run first;
    private List<Article> articles;

    @BeforeAll
    void runOnTheCorpus() {
        db = tmp.resolve("fusion.duckdb");
        first = Cli.sitrep("run", "--db", db.toString(), CORPUS.toString());
        articles = new Ingest().read(List.of(CORPUS)).articles();
    }

    private Article byUrl(String host) {
        return articles.stream().filter(a -> a.url().contains(host)).findFirst().orElseThrow();
    }

    private List<StoredEvent> events() {
        try (EventStore store = EventStore.open(db)) {
            return store.events(EventQuery.all());
        }
    }

    @Test
    void theCorpusMakesThreeEvents() {
        assertThat(first.exit()).as(first.out() + first.err()).isZero();
        assertThat(events()).as(first.out()).extracting(StoredEvent::type)
                .containsExactlyInAnyOrder(EventType.REMOTE_EXPLOSIVE, EventType.ARRESTS, EventType.PEACEFUL_PROTEST);
    }

    @Test
    void theBombingIsOneEventOfFiveArticlesFromFiveSourcesWithTheHighestFigure() {
        StoredEvent bomb = events().stream().filter(e -> e.type() == EventType.REMOTE_EXPLOSIVE).findFirst().orElseThrow();
        assertThat(bomb.numArticles()).as(first.out()).isEqualTo(5);
        assertThat(bomb.numSources()).isEqualTo(5);
        assertThat(bomb.fatalities()).as("3 or 4 killed: the highest single report, not the sum").isEqualTo(4);
        assertThat(bomb.injured()).isEqualTo(2);
        assertThat(bomb.admin1()).isEqualTo("Diyala");
        assertThat(bomb.evidence()).extracting(StoredEvidence::articleSource).containsOnly(
                "Tigris Observer", "Mesopotamia Wire", "Baghdad Daily", "Kurdistan Monitor", "Levant News Agency");
    }

    @Test
    void theSyndicatedCopyIsStoredLinkedToTheFirstCopyAndNotCounted() {
        Article copy = byUrl("regional-digest.test");
        Article original = byUrl("mesopotamia-wire.test/news/2024-03-12/diyala-ied");
        try (EventStore store = EventStore.open(db)) {
            assertThat(store.hasArticle(copy.id())).isTrue();
            assertThat(store.duplicateOf(copy.id())).contains(original.id());
            assertThat(store.duplicateCount()).isEqualTo(1);
        }
        assertThat(events()).flatExtracting(StoredEvent::evidence).extracting(StoredEvidence::articleId).doesNotContain(copy.id());
        assertThat(first.out()).contains("near-duplicates linked, not coded 1", copy.id() + " (Regional Digest) -> copy of " + original.id());
        assertThat(first.out()).contains("events joined to earlier events 4 (into 1 events)");
    }

    @Test
    void aSecondRunAddsNothingAndChangesNoId() {
        List<StoredEvent> before = events();
        Cli.Run again = Cli.sitrep("run", "--db", db.toString(), CORPUS.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("already stored       8");
        assertThat(events()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("storedAt").containsExactlyElementsOf(before);
    }
}
