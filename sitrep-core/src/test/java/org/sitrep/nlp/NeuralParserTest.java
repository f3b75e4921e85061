package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast parser reads this CoreNLP's model and parses exactly as CoreNLP's own parser does. */
class NeuralParserTest {
    @Test
    void parsesAsCoreNlpsParserWithTheSameModel() {
        DependencyParser model = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
        // Empty would mean CoreNLP's internals moved (an upgrade): the annotator would silently fall
        // back to the slower parser, so this fails instead.
        Optional<NeuralParser> fast = NeuralParser.of(model);
        assertThat(fast).isPresent();

        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos");
        Annotation doc = new Annotation("Militants attacked the outpost at dawn, and two soldiers were wounded. "
                + "The Xqzvw brigade, which crossed the river on Sunday, seized a village north of the town. "
                + "Officials said it was unclear whether the convoy, hit by a roadside bomb, had been carrying weapons. "
                + "Yes.");
        new StanfordCoreNLP(props).annotate(doc);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        assertThat(sentences).hasSize(4);
        for (CoreMap s : sentences) {
            // Words the model has never seen ("Xqzvw") take the path through features it did not
            // precompute; a one-word sentence has a single transition sequence.
            assertThat(fast.get().predict(s).typedDependencies().toString())
                    .isEqualTo(model.predict(s).typedDependencies().toString());
        }
    }
}
