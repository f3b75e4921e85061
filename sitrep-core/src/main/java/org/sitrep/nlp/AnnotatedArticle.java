package org.sitrep.nlp;

import org.sitrep.model.Article;
import org.sitrep.model.Span;

import java.util.ArrayList;
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

    /**
     * The spans of the named entities of one type ("PERSON", "LOCATION", …): runs of consecutive
     * tokens of a sentence tagged {@code type}, from the first token's start to the last one's end.
     * Sentences that were not given entities contribute none.
     */
    public List<Span> entitySpans(String type) {
        List<Span> spans = new ArrayList<>();
        for (Sentence s : sentences) {
            int start = -1;
            int end = -1;
            for (Token t : s.tokens()) {
                if (t.ner().equals(type)) {
                    if (start < 0) {
                        start = t.span().start();
                    }
                    end = t.span().end();
                } else if (start >= 0) {
                    spans.add(new Span(start, end));
                    start = -1;
                }
            }
            if (start >= 0) {
                spans.add(new Span(start, end));
            }
        }
        return List.copyOf(spans);
    }
}
