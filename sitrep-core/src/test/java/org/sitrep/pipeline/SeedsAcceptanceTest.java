package org.sitrep.pipeline;

import org.junit.jupiter.api.Test;
import org.sitrep.eval.EventMatcher;
import org.sitrep.eval.GoldEvent;
import org.sitrep.eval.GoldFile;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.IngestResult;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The seed articles (../shared/seeds) code to the six gold events of ../shared/gold and to none
 * of the non-events; in particular the "eight militiamen in two separate operations" summary is
 * not counted as a third arrest (issue 2's acceptance).
 */
class SeedsAcceptanceTest {
    private static final Path SEEDS = Path.of("../shared/seeds");
    private static final Path GOLD = Path.of("../shared/gold/seeds.events.jsonl");

    @Test
    void seedsGiveTheSixGoldEventsAndNoOther() throws Exception {
        assumeTrue(Files.isDirectory(SEEDS) && Files.exists(GOLD), "../shared is not beside the checkout");
        IngestResult in = new Ingest().read(List.of(SEEDS));
        assertThat(in.issues()).isEmpty();
        List<Event> events = new ArrayList<>();
        for (ArticleResult r : SharedPipeline.get().processAll(in.articles())) {
            events.addAll(r.events());
        }
        List<GoldEvent> gold = GoldFile.read(GOLD);
        EventMatcher.Result match = EventMatcher.match(gold, events);
        assertThat(match.perfect()).as(match.describe()).isTrue();
        assertThat(events).hasSize(6);
        int arrested = events.stream().filter(e -> e.type() == EventType.ARRESTS).mapToInt(Event::arrested).sum();
        assertThat(arrested).as("3 + 5 + 1 + 1 arrested; the summary of eight must not be counted again").isEqualTo(10);
    }
}
