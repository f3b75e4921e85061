package org.sitrep.bench.jmh;

import org.junit.jupiter.api.Test;
import org.sitrep.actors.ActorMention;
import org.sitrep.nlp.Token;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's inputs mean what its javadoc says; its speed is JMH's business. */
class ActorDictionaryBenchmarkTest {
    @Test
    void tokensCarryOffsetsIntoTheSentence() {
        String sentence = "US-led forces hit 3 targets.";
        List<Token> tokens = SentenceTokens.of(sentence);

        assertThat(tokens).extracting(Token::word).containsExactly("US-led", "forces", "hit", "3", "targets", ".");
        for (Token t : tokens) {
            assertThat(t.span().of(sentence)).isEqualTo(t.word());
        }
    }

    @Test
    void oneSentenceNamesActorsAndTheOtherNone() {
        ActorDictionaryBenchmark benchmark = new ActorDictionaryBenchmark();
        benchmark.setUp();

        List<ActorMention> found = benchmark.sentenceWithActors();
        assertThat(found).hasSizeGreaterThanOrEqualTo(3);
        assertThat(benchmark.sentenceWithoutActors()).isEmpty();
    }
}
