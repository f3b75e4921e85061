package org.sitrep.nlp;

import org.sitrep.model.Article;

import java.util.List;

/**
 * An article with its annotated sentences. The title is not annotated: it is not part of
 * {@link Article#text()}, which every span points into.
 */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {
    public AnnotatedArticle {
        if (article == null) {
            throw new IllegalArgumentException("article must not be null");
        }
        sentences = List.copyOf(sentences);
    }
}
