package org.sitrep.nlp;

import org.sitrep.model.Article;

/**
 * Decides, before any model runs, whether an article can report an event at all. An article it
 * rejects is not annotated: it is coded as having no events. Implementations are cheap (a scan of
 * the text, no model) and thread-safe.
 */
@FunctionalInterface
public interface RelevanceFilter {
    /** Lets every article through. */
    RelevanceFilter ALL = article -> true;

    boolean mayReportEvent(Article article);
}
