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
import org.sitrep.actors.ActorMention;
import org.sitrep.nlp.Token;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@link ActorDictionary#find}: alias matching over one sentence's tokens, which sitrep runs on
 * every sentence of every article. Two inputs: a sentence naming several actors (aliases of one to
 * four words, a hyphenated one, a case-sensitive acronym) and one naming none, the common case.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ActorDictionaryBenchmark {
    static final String WITH_ACTORS = "Islamic State militants attacked an Iraqi Security Forces checkpoint near Rutba"
            + " on Tuesday, while the SDF and the US-led coalition said IS cells had also targeted Kurdish fighters"
            + " in Deir Ezzor.";
    static final String WITHOUT_ACTORS = "The wounded were taken to the general hospital, where one of them was said"
            + " to be in a serious condition after the device went off beside the vehicle.";

    private ActorDictionary dictionary;
    private List<Token> withActors;
    private List<Token> withoutActors;

    @Setup
    public void setUp() {
        dictionary = ActorDictionary.bundled();
        withActors = SentenceTokens.of(WITH_ACTORS);
        withoutActors = SentenceTokens.of(WITHOUT_ACTORS);
    }

    @Benchmark
    public List<ActorMention> sentenceWithActors() {
        return dictionary.find(withActors);
    }

    @Benchmark
    public List<ActorMention> sentenceWithoutActors() {
        return dictionary.find(withoutActors);
    }
}
