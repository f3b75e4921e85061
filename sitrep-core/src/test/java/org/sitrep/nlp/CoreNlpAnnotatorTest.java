package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

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

    /**
     * The annotator runs CoreNLP's neural parser itself and builds only the enhanced++ graph; the
     * result must be the graph CoreNLP's own depparse annotator gives for the same tagged tokens.
     * The sentences exercise what enhanced++ adds to the basic tree: conjoined subjects and
     * verbs, relative clauses, passives with an agent, prepositions folded into relation names, and
     * what only enhanced++ adds: multi-word prepositions ("in front of") and quantifying nouns ("a
     * group of militants").
     */
    @Test
    void dependenciesAreThoseOfCoreNlpsDepparseAnnotator() {
        String text = "Gunmen and soldiers clashed near the bridge that connects the two villages.\n\n"
                + "The convoy was attacked by fighters who had crossed the border from the west, officials said.\n\n"
                + "Police arrested three men and seized two rifles and a car in the north of the province on Friday.\n\n"
                + "Two civilians were killed and four others wounded when a shell hit their house.\n\n"
                + "A group of militants opened fire in front of the hospital because of the curfew.";
        AnnotatedArticle ours = new CoreNlpAnnotator().annotate(new Article("t2", null, null, null, null, "en", text));

        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,depparse");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
        Annotation reference = new Annotation(text);
        new StanfordCoreNLP(props).annotate(reference);
        List<CoreMap> sentences = reference.get(CoreAnnotations.SentencesAnnotation.class);

        assertThat(ours.sentences()).hasSameSizeAs(sentences);
        for (int i = 0; i < sentences.size(); i++) {
            SemanticGraph graph = sentences.get(i).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            Set<String> expected = new HashSet<>();
            graph.getRoots().forEach(r -> expected.add("root(-1, " + (r.index() - 1) + ")"));
            for (SemanticGraphEdge e : graph.edgeIterable()) {
                if (e.getDependent().copyCount() == 0 && e.getGovernor().copyCount() == 0) {
                    expected.add(e.getRelation() + "(" + (e.getGovernor().index() - 1) + ", " + (e.getDependent().index() - 1) + ")");
                }
            }
            Set<String> actual = new HashSet<>();
            ours.sentences().get(i).dependencies().forEach(d -> actual.add(d.relation() + "(" + d.governor() + ", " + d.dependent() + ")"));
            assertThat(actual).as("sentence %d", i).isEqualTo(expected);
            // Enhanced++ really is what is compared: it names relations by their preposition.
            assertThat(expected).anyMatch(r -> r.startsWith("obl:") || r.startsWith("nmod:") || r.startsWith("conj:"));
        }
    }

    private static Token tokenWithWord(Sentence s, String word) {
        List<Token> found = s.tokens().stream().filter(t -> t.word().equals(word)).toList();
        assertThat(found).as("token '%s'", word).isNotEmpty();
        return found.get(0);
    }
}
