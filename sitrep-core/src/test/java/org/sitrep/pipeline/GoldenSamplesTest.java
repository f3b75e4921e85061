package org.sitrep.pipeline;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sitrep.eval.EventMatcher;
import org.sitrep.eval.GoldEvent;
import org.sitrep.eval.GoldFile;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.IngestResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files: every article in {@code samples/} codes to exactly the events of its
 * {@code .events.jsonl} — type, actors, counts, province and day — and nothing else.
 */
class GoldenSamplesTest {
    private static final Path SAMPLES = Path.of("samples");

    @TestFactory
    Stream<DynamicTest> samplesCodeToTheirGoldenEvents() throws IOException {
        List<Path> articles;
        try (Stream<Path> s = Files.list(SAMPLES)) {
            articles = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(articles).hasSizeGreaterThanOrEqualTo(8);
        return articles.stream().map(article -> DynamicTest.dynamicTest(article.getFileName().toString(), () -> {
            Path goldFile = Path.of(article.toString().replaceFirst("\\.txt$", ".events.jsonl"));
            List<GoldEvent> gold = GoldFile.read(goldFile);
            IngestResult in = new Ingest().read(List.of(article));
            assertThat(in.issues()).isEmpty();
            assertThat(in.articles()).hasSize(1);
            ArticleResult result = SharedPipeline.get().process(in.articles().get(0));
            EventMatcher.Result match = EventMatcher.match(gold, result.events());
            assertThat(match.perfect()).as(match.describe()).isTrue();
        }));
    }
}
