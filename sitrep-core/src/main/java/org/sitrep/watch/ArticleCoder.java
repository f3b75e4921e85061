package org.sitrep.watch;

import org.sitrep.model.Article;
import org.sitrep.pipeline.ArticleResult;

/**
 * Codes one article; the standard one is {@code Pipeline.standard(options)::process}. Must be
 * thread-safe (feeds are handled on several threads) and, like {@link org.sitrep.pipeline.Pipeline#process},
 * report bad data as issues in the result rather than throw.
 */
@FunctionalInterface
public interface ArticleCoder {
    ArticleResult code(Article article);
}
