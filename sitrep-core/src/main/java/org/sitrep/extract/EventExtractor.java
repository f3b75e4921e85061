package org.sitrep.extract;

import org.sitrep.nlp.AnnotatedArticle;

import java.util.List;

/**
 * Codes the events an article reports. Implementations are thread-safe.
 */
@FunctionalInterface
public interface EventExtractor {
    /** The article's event mentions, in article order, not yet located (see {@link CodedMention#where()}). */
    List<CodedMention> extract(AnnotatedArticle article);
}
