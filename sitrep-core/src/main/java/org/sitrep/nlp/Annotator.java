package org.sitrep.nlp;

import org.sitrep.model.Article;

/**
 * Splits an article into annotated sentences. Implementations load their models once, in their
 * constructor, and must be safe to call from several threads at once.
 */
@FunctionalInterface
public interface Annotator {
    AnnotatedArticle annotate(Article article);
}
