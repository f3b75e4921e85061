package org.sitrep.server;

import org.sitrep.model.Article;
import org.sitrep.pipeline.ArticleResult;

import java.util.List;

/**
 * Codes articles into events (the NLP pipeline, or a stand-in in tests). Implementations must be
 * safe to call from several request threads.
 */
@FunctionalInterface
public interface ArticleCoder {
    /** One result per article, in input order. */
    List<ArticleResult> code(List<Article> articles);
}
