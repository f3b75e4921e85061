package org.sitrep.pipeline;

import org.junit.jupiter.api.Test;
import org.sitrep.fuse.ArticleFuser;
import org.sitrep.geo.GazetteerGeocoder;
import org.sitrep.model.Article;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.nlp.Annotator;
import org.sitrep.nlp.RelevanceFilter;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Articles the relevance filter rejects are never annotated, and come out without events or issues. */
class PipelineRelevanceTest {
    @Test
    void rejectedArticlesAreNotAnnotated() {
        Set<String> annotated = ConcurrentHashMap.newKeySet();
        Annotator annotator = a -> {
            annotated.add(a.id());
            return new AnnotatedArticle(a, List.of());
        };
        RelevanceFilter onlyA = a -> a.id().startsWith("a");
        Pipeline pipeline = new Pipeline(onlyA, annotator, a -> List.of(), GazetteerGeocoder.bundled(), new ArticleFuser(), 2);

        List<ArticleResult> results = pipeline.processAll(List.of(article("a1"), article("b1"), article("a2"), article("b2")));

        assertThat(annotated).containsExactlyInAnyOrder("a1", "a2");
        assertThat(results).extracting(r -> r.article().id()).containsExactly("a1", "b1", "a2", "b2");
        assertThat(results).allMatch(r -> r.events().isEmpty() && r.issues().isEmpty());
    }

    private static Article article(String id) {
        return new Article(id, null, null, null, LocalDate.of(2024, 3, 1), "en", "text of " + id);
    }
}
