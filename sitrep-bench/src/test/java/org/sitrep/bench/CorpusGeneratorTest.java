package org.sitrep.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.bench.CorpusGenerator.Kind;
import org.sitrep.bench.CorpusGenerator.Topic;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.IngestResult;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusGeneratorTest {
    private final CorpusGenerator generator = new CorpusGenerator();

    @Test
    void theSameSeedGivesTheSameCorpusAndAnotherSeedAnother() {
        List<GeneratedArticle> a = generator.generate(Kind.FIREHOSE, 60, 1);
        assertThat(generator.generate(Kind.FIREHOSE, 60, 1)).isEqualTo(a);
        assertThat(generator.generate(Kind.FIREHOSE, 60, 2)).isNotEqualTo(a);
        // Each article has its own random stream: a smaller corpus is the start of a larger one.
        assertThat(generator.generate(Kind.FIREHOSE, 20, 1)).isEqualTo(a.subList(0, 20));
    }

    @Test
    void firehoseHasExactlyOneConflictArticleInEveryTen() {
        List<GeneratedArticle> articles = generator.generate(Kind.FIREHOSE, 500, 3);
        for (int block = 0; block < 50; block++) {
            long conflict = articles.subList(block * 10, block * 10 + 10).stream()
                    .filter(a -> a.topic() == Topic.CONFLICT).count();
            assertThat(conflict).as("block %d", block).isEqualTo(1);
        }
        // Not always at the same place in the block, and every other topic present.
        assertThat(articles.stream().filter(a -> a.topic() == Topic.CONFLICT).map(a -> articles.indexOf(a) % 10).distinct().count())
                .isGreaterThan(3);
        assertThat(articles.stream().map(GeneratedArticle::topic).distinct().count()).isEqualTo(Topic.values().length);
    }

    @Test
    void conflictCorpusIsAllConflictAndMostlyEvents() {
        List<GeneratedArticle> articles = generator.generate(Kind.CONFLICT, 200, 1);
        assertThat(articles).allMatch(a -> a.topic() == Topic.CONFLICT);
        // The no-event ledes (talks, threats, denials) are about one in ten.
        long talks = articles.stream().filter(a -> a.text().contains("talks on a ceasefire") || a.text().contains("threatened on")
                || a.text().contains("denied on") || a.text().contains("Aid agencies warned on") || a.text().contains("voted on")).count();
        assertThat(talks).isBetween(5L, 40L);
    }

    @Test
    void articlesAreNewsLengthWithParagraphsAndNoUnfilledSlots() {
        for (GeneratedArticle a : generator.generate(Kind.FIREHOSE, 100, 5)) {
            assertThat(a.words()).as(a.url()).isBetween(250, 650);
            assertThat(a.text().split("\n\n").length).as(a.url()).isGreaterThanOrEqualTo(4);
            assertThat(a.text() + a.title()).as(a.url()).doesNotContain("{").doesNotContain("[").doesNotContain("|");
        }
    }

    @Test
    void commandWritesJsonLinesThatIngestReads(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = BenchMain.commandLine();
        cli.setOut(new PrintWriter(out, true));
        int code = cli.execute("corpus", "--kind", "firehose", "--articles", "130", "--seed", "4", "--out", dir.toString());
        assertThat(code).isEqualTo(0);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("firehose-4-00000.jsonl", "firehose-4-00100.jsonl");
        }
        IngestResult read = new Ingest().read(List.of(dir));
        assertThat(read.articles()).hasSize(130);
        assertThat(read.articles()).allMatch(a -> a.publishedOn() != null && a.title() != null);
        assertThat(out.toString()).contains("wrote 130 articles (13 about conflict");
    }

    @Test
    void unknownKindIsAUsageError(@TempDir Path dir) {
        CommandLine cli = BenchMain.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute("corpus", "--kind", "sport", "--out", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--kind must be conflict or firehose");
    }
}
