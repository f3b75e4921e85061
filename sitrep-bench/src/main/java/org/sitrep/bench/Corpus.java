package org.sitrep.bench;

import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.IngestResult;
import org.sitrep.model.Article;
import org.sitrep.model.Issue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The articles of a corpus directory as sitrep's ingest reads them (recursively, every format
 * ingest knows). The baseline annotates exactly these articles' text, so both workloads see the
 * same input.
 *
 * @param dir the corpus directory
 * @param articles the articles read, in ingest's order
 * @param issues what ingest could not read
 */
public record Corpus(Path dir, List<Article> articles, List<Issue> issues) {
    public Corpus {
        if (dir == null) {
            throw new IllegalArgumentException("dir must not be null");
        }
        articles = List.copyOf(articles);
        issues = List.copyOf(issues);
    }

    /**
     * Reads {@code dir} with sitrep's ingest.
     *
     * @throws IllegalArgumentException if {@code dir} is not a directory or holds no readable article
     */
    public static Corpus load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("corpus is not a directory: " + dir);
        }
        IngestResult read = new Ingest().read(List.of(dir));
        if (read.articles().isEmpty()) {
            throw new IllegalArgumentException("no article could be read from " + dir
                    + (read.issues().isEmpty() ? "" : " (first problem: " + read.issues().get(0).message() + ")"));
        }
        return new Corpus(dir, read.articles(), read.issues());
    }

    /**
     * {@code n} articles spread evenly over the corpus (article {@code i * size / n} for each
     * {@code i}), so that a sample of a mixed corpus keeps its mix; all of them when
     * {@code n >= size}.
     *
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public List<Article> sample(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("sample size must be >= 1, was " + n);
        }
        if (n >= articles.size()) {
            return articles;
        }
        List<Article> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(articles.get((int) ((long) i * articles.size() / n)));
        }
        return List.copyOf(out);
    }
}
