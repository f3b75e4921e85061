package org.sitrep.nlp;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annotator's contract: spans point into the article text, a blank line ends a sentence, and
 * only the sentences the selector wants get entities and a parse.
 */
class CoreNlpAnnotatorTest {
    private static final String TEXT = "Police arrested five men in Mosul on Monday.\n\n"
            + "The weather was mild and the markets were busy.\n\n"
            + "Headline without a full stop\n\nGunmen attacked a checkpoint near Kirkuk.";

    @Test
    void onlySelectedSentencesAreParsedAndAllAreTagged() {
        Annotator annotator = new CoreNlpAnnotator(lemmas -> lemmas.contains("arrest") || lemmas.contains("attack"));
        AnnotatedArticle a = annotator.annotate(new Article("t1", null, null, null, null, "en", TEXT));

        assertThat(a.sentences()).hasSize(4);
        for (Sentence s : a.sentences()) {
            assertThat(s.span().of(TEXT)).isEqualTo(s.text(TEXT));
            for (Token t : s.tokens()) {
                assertThat(t.span().of(TEXT)).isEqualTo(t.word());
                assertThat(t.pos()).isNotBlank();
            }
        }
        Sentence arrest = a.sentences().get(0);
        Sentence weather = a.sentences().get(1);
        Sentence headline = a.sentences().get(2);
        Sentence attack = a.sentences().get(3);

        assertThat(arrest.dependencies()).isNotEmpty();
        assertThat(attack.dependencies()).isNotEmpty();
        assertThat(tokenWithWord(arrest, "Mosul").ner()).isEqualTo("LOCATION");
        assertThat(tokenWithWord(arrest, "arrested").lemma()).isEqualTo("arrest");

        assertThat(weather.dependencies()).isEmpty();
        assertThat(weather.tokens()).allSatisfy(t -> assertThat(t.ner()).isEqualTo("O"));
        assertThat(tokenWithWord(weather, "markets").lemma()).isEqualTo("market");
        assertThat(headline.text(TEXT)).isEqualTo("Headline without a full stop");
        assertThat(headline.dependencies()).isEmpty();
    }

    private static Token tokenWithWord(Sentence s, String word) {
        List<Token> found = s.tokens().stream().filter(t -> t.word().equals(word)).toList();
        assertThat(found).as("token '%s'", word).isNotEmpty();
        return found.get(0);
    }
}
