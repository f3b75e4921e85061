package org.sitrep.pipeline;

import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Issue;

import java.util.List;

/**
 * Everything sitrep made of one article: its events (fused within the article) and the data
 * problems met on the way. This is the unit the store writes in one transaction.
 */
public record ArticleResult(Article article, List<Event> events, List<Issue> issues) {
    public ArticleResult {
        if (article == null) {
            throw new IllegalArgumentException("article must not be null");
        }
        events = List.copyOf(events);
        issues = List.copyOf(issues);
    }
}
