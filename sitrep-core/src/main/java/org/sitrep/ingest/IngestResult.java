package org.sitrep.ingest;

import org.sitrep.model.Article;
import org.sitrep.model.Issue;

import java.util.ArrayList;
import java.util.List;

/**
 * What ingest made of its input: the articles it could read and the problems it met. An input
 * that yields no article has at least one issue saying why (its message names the input).
 */
public record IngestResult(List<Article> articles, List<Issue> issues) {
    public IngestResult {
        articles = List.copyOf(articles);
        issues = List.copyOf(issues);
    }

    public static IngestResult of(Article article) {
        return new IngestResult(List.of(article), List.of());
    }

    public static IngestResult failed(Issue issue) {
        return new IngestResult(List.of(), List.of(issue));
    }

    public IngestResult plus(IngestResult other) {
        List<Article> a = new ArrayList<>(articles);
        a.addAll(other.articles);
        List<Issue> i = new ArrayList<>(issues);
        i.addAll(other.issues);
        return new IngestResult(a, i);
    }
}
