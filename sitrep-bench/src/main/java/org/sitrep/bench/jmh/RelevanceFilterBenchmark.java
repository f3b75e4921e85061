package org.sitrep.bench.jmh;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sitrep.actors.ActorDictionary;
import org.sitrep.bench.CorpusGenerator;
import org.sitrep.bench.GeneratedArticle;
import org.sitrep.extract.RuleBasedExtractor;
import org.sitrep.geo.Countries;
import org.sitrep.geo.CountryFocus;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.ToponymMatcher;
import org.sitrep.model.Article;
import org.sitrep.nlp.RelevanceFilter;

import java.util.concurrent.TimeUnit;

/**
 * The coder's relevance filter ({@link RuleBasedExtractor#relevanceFilter()}), which sitrep runs on
 * every article before any model: one generated sport article (scanned to the end, then rejected)
 * and one conflict article (accepted at its first agent and harm words), each of about 400 words.
 * The filter's word cache is warm after the first iterations, as in a long run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RelevanceFilterBenchmark {
    private RelevanceFilter filter;
    Article conflict;
    Article other;

    @Setup
    public void setUp() {
        Gazetteer g = Gazetteer.bundled();
        filter = new RuleBasedExtractor(ActorDictionary.bundled(), new ToponymMatcher(g), new CountryFocus(g), Countries.bundled())
                .relevanceFilter();
        CorpusGenerator generator = new CorpusGenerator();
        conflict = article(generator.article(CorpusGenerator.Kind.CONFLICT, 0, 1));
        int i = 0;
        GeneratedArticle candidate;
        // The first sport article of the firehose whose text the filter rejects (most are).
        do {
            candidate = generator.article(CorpusGenerator.Kind.FIREHOSE, i++, 1);
        } while (candidate.topic() != CorpusGenerator.Topic.SPORT || filter.mayReportEvent(article(candidate)));
        other = article(candidate);
    }

    private static Article article(GeneratedArticle a) {
        return new Article(a.url(), a.url(), null, a.title(), a.published(), "en", a.text());
    }

    @Benchmark
    public boolean conflictArticle() {
        return filter.mayReportEvent(conflict);
    }

    @Benchmark
    public boolean sportArticle() {
        return filter.mayReportEvent(other);
    }
}
