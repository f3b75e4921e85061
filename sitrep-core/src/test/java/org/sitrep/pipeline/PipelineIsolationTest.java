package org.sitrep.pipeline;

import org.junit.jupiter.api.Test;
import org.sitrep.extract.EventExtractor;
import org.sitrep.fuse.ArticleFuser;
import org.sitrep.geo.GazetteerGeocoder;
import org.sitrep.model.Article;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.nlp.Annotator;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One article a stage fails on costs that article only, never the run. */
class PipelineIsolationTest {
    private static Article article(String id, String text) {
        return new Article(id, null, null, null, LocalDate.of(2024, 3, 1), "en", text);
    }

    @Test
    void aStageFailureBecomesAnIssueOfThatArticleAndTheOthersAreCoded() {
        Annotator annotator = a -> new AnnotatedArticle(a, List.of());
        EventExtractor failsOnB = annotated -> {
            if (annotated.article().id().equals("b")) {
                throw new IllegalArgumentException("defect injected for article b");
            }
            return List.of();
        };
        Pipeline pipeline = new Pipeline(annotator, failsOnB, GazetteerGeocoder.bundled(), new ArticleFuser(), 2);

        List<ArticleResult> results = pipeline.processAll(List.of(article("a", "x"), article("b", "y"), article("c", "z")));

        assertThat(results).extracting(r -> r.article().id()).containsExactly("a", "b", "c");
        assertThat(results.get(0).issues()).isEmpty();
        assertThat(results.get(2).issues()).isEmpty();
        assertThat(results.get(1).events()).isEmpty();
        assertThat(results.get(1).issues()).singleElement()
                .satisfies(i -> {
                    assertThat(i.code()).isEqualTo(Pipeline.FAILED);
                    assertThat(i.message()).contains("article b", "defect injected");
                });
    }

    /** Regression: a "between X and Y" phrase on the verb, not on a route noun, once built an inverted span. */
    @Test
    void betweenPhraseOnTheVerbIsCodedWithoutFailure() {
        ArticleResult r = SharedPipeline.get().process(article("between",
                "On Friday, between Kulachi and Paharpur in Khyber Pakhtunkhwa, gunmen blew up a culvert on the highway, police said."));
        assertThat(r.issues()).noneMatch(i -> i.code().equals(Pipeline.FAILED));
    }
}
