package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.pipeline.Pipeline;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluation loop with a stub pipeline (no CoreNLP): an article whose text says "bomb" gives
 * an IED event, "arrest" an arrest, "crash" makes the pipeline throw. The real pipeline is run by
 * the CLI's test on the samples.
 */
class EvaluationTest {
    private static List<Event> stubEvents(Article article) {
        if (article.text().contains("crash")) {
            throw new IllegalStateException("stub failure on " + article.text());
        }
        List<Event> events = new ArrayList<>();
        if (article.text().contains("bomb")) {
            events.add(EvalFixtures.event(EventType.REMOTE_EXPLOSIVE, EvalFixtures.IS, EvalFixtures.ISF, EvalFixtures.KIRKUK, null, 2));
        }
        if (article.text().contains("arrest")) {
            events.add(EvalFixtures.event(EventType.ARRESTS, EvalFixtures.ISF, EvalFixtures.IS, null, null, 0, 1));
        }
        return events;
    }

    private static Pipeline stubPipeline() {
        return new Pipeline(a -> new AnnotatedArticle(a, List.of()), a -> List.of(), q -> Optional.empty(),
                (article, mentions) -> stubEvents(article), 2);
    }

    private static GoldDocument doc(String id, String text, ReferenceEvent... gold) {
        return new GoldDocument(id, EvalFixtures.article(text), List.of(gold));
    }

    private static ReferenceEvent ied(String ref) {
        return ReferenceEvent.builder(ref).subEventType(EventType.REMOTE_EXPLOSIVE).fatalities(2).build();
    }

    @Test
    void documentsAreCodedScoredAndAFailureCostsOnlyItsDocument() {
        List<GoldDocument> docs = new ArrayList<>();
        docs.add(doc("hit", "a bomb went off", ied("g1")));
        docs.add(doc("extra", "a bomb, then an arrest", ied("g2")));
        docs.add(doc("miss", "nothing to see", ied("g3")));
        docs.add(doc("crash", "crash here", ied("g4")));
        // Enough documents that the failing one shares a batch with others, and a second batch follows.
        for (int i = 0; i < Evaluation.BATCH; i++) {
            docs.add(doc("filler" + i, "quiet day " + i));
        }
        GoldSet set = new GoldSet(docs, 2, List.of("x:1: bad", "x:2: bad"));
        AtomicInteger coded = new AtomicInteger();

        EvalReport r = Evaluation.run(stubPipeline(), set, coded::incrementAndGet);

        assertThat(r.documents()).isEqualTo(docs.size());
        assertThat(r.scores()).extracting(s -> s.document().id()).startsWith("hit", "extra", "miss", "crash");
        assertThat(r.detection()).isEqualTo(new Detection(2, 1, 2));
        assertThat(r.fields().get(Field.FATALITIES)).isEqualTo(new EvalReport.FieldScore(Field.FATALITIES, 2, 2));
        assertThat(r.failedDocuments()).isEqualTo(1);
        assertThat(r.skipped()).isEqualTo(2);
        assertThat(r.problems()).containsExactly("x:1: bad", "x:2: bad",
                "crash: the pipeline failed: coding article " + docs.get(3).article().id()
                        + " failed: java.lang.IllegalStateException: stub failure on crash here");
        assertThat(coded.get()).isGreaterThanOrEqualTo(Evaluation.BATCH);
    }

    @Test
    void theErrorLogHasOneLinePerDisagreementWithTheText() throws IOException {
        List<GoldDocument> docs = List.of(
                doc("right", "a bomb went off", ied("g1")),
                doc("wrong", "a bomb went off again", ReferenceEvent.builder("g2").subEventType(EventType.REMOTE_EXPLOSIVE).fatalities(5).build()),
                doc("extra", "a bomb, then an arrest", ied("g3")),
                doc("miss", "nothing to see", ied("g4")),
                doc("crash", "crash here", ied("g5")));

        EvalReport r = Evaluation.run(stubPipeline(), new GoldSet(docs, 0, List.of()), () -> { });
        StringWriter out = new StringWriter();
        int lines = ErrorLog.write(r, out);

        ObjectMapper json = new ObjectMapper();
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            nodes.add(json.readTree(line));
        }
        assertThat(lines).isEqualTo(nodes.size()).isEqualTo(4);
        assertThat(nodes).extracting(n -> n.get("kind").asText() + " " + n.get("doc").asText())
                .containsExactly("wrong_fields wrong", "false_positive extra", "missed miss", "failed crash");
        JsonNode wrong = nodes.get(0);
        assertThat(wrong.get("text").asText()).isEqualTo("a bomb went off again");
        assertThat(wrong.get("errors")).hasSize(1);
        assertThat(wrong.get("errors").get(0).get("field").asText()).isEqualTo("fatalities");
        assertThat(wrong.get("errors").get(0).get("gold").asText()).isEqualTo("5");
        assertThat(wrong.get("errors").get(0).get("predicted").asText()).isEqualTo("2");
        assertThat(wrong.get("gold").get("sub_event_type").asText()).isEqualTo("Remote explosive/landmine/IED");
        assertThat(wrong.get("predicted").get("admin1").asText()).isEqualTo("Kirkuk");
        assertThat(wrong.get("predicted").get("reasons").get(0).asText()).isEqualTo("test rule");
        assertThat(nodes.get(1).get("predicted").get("sub_event_type").asText()).isEqualTo("Arrests");
        assertThat(nodes.get(2).get("gold").get("ref").asText()).isEqualTo("g4");
        assertThat(nodes.get(3).get("message").asText()).contains("stub failure");
    }
}
