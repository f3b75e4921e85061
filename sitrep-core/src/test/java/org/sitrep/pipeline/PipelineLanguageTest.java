package org.sitrep.pipeline;

import org.junit.jupiter.api.Test;
import org.sitrep.fuse.ArticleFuser;
import org.sitrep.geo.GazetteerGeocoder;
import org.sitrep.model.Article;
import org.sitrep.nlp.AnnotatedArticle;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 5: articles in a known language other than English are kept but not coded; "und" is coded as before. */
class PipelineLanguageTest {
    @Test
    void onlyEnglishAndUndeterminedArticlesReachTheStages() {
        List<String> annotated = new ArrayList<>();
        Pipeline pipeline = new Pipeline(a -> {
            annotated.add(a.id());
            return new AnnotatedArticle(a, List.of());
        }, x -> List.of(), GazetteerGeocoder.bundled(), new ArticleFuser(), 1);

        List<ArticleResult> results = pipeline.processAll(List.of(
                new Article("en", null, null, null, null, "en", "Gunmen attacked a checkpoint."),
                new Article("gb", null, null, null, null, "en-GB", "Gunmen attacked a checkpoint."),
                new Article("und", null, null, null, null, "und", "Gao"),
                new Article("fr", null, null, null, null, "fr", "Des hommes armés ont attaqué un poste.")));

        assertThat(annotated).containsExactly("en", "gb", "und");
        assertThat(results.get(3).events()).isEmpty();
        assertThat(results.get(3).issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(Pipeline.NOT_ENGLISH);
            assertThat(i.message()).isEqualTo("skipped: not English (fr)");
        });
        assertThat(results.get(0).issues()).isEmpty();
    }
}
