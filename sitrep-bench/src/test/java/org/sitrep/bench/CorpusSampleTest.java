package org.sitrep.bench;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorpusSampleTest {
    private static Corpus corpus(int size) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            articles.add(new Article("a" + i, null, null, null, null, "en", "text " + i));
        }
        return new Corpus(Path.of("x"), articles, List.of());
    }

    @Test
    void aSampleIsSpreadEvenlySoThatAMixedCorpusKeepsItsMix() {
        // In a firehose every tenth article is about conflict: a sample of a tenth still holds them in step.
        assertThat(corpus(1000).sample(100)).extracting(Article::id).startsWith("a0", "a10", "a20").endsWith("a990").hasSize(100);
        assertThat(corpus(10).sample(3)).extracting(Article::id).containsExactly("a0", "a3", "a6");
    }

    @Test
    void aSampleAsLargeAsTheCorpusIsTheCorpus() {
        assertThat(corpus(5).sample(5)).hasSize(5);
        assertThat(corpus(5).sample(Integer.MAX_VALUE)).hasSize(5);
        assertThatThrownBy(() -> corpus(5).sample(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    }
}
