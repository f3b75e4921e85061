package org.sitrep.eval;

import org.sitrep.model.Article;
import org.sitrep.model.Issue;
import org.sitrep.pipeline.ArticleResult;
import org.sitrep.pipeline.Pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs the pipeline over a gold set and scores what it codes. The documents go through
 * {@link Pipeline#processAll}, the call {@code sitrep run} makes, as the articles ingest made of
 * them (see {@link GoldDocument#article()}); nothing here or in the pipeline treats them apart from
 * any other article.
 *
 * <p>Documents are coded in batches of {@value #BATCH}, which bounds the results held at once. A
 * document the pipeline failed on (its result carries the issue {@link Pipeline#FAILED}) is
 * reported in {@link EvalReport#problems()} and its gold events count as misses.
 *
 * <p>Stateless; as thread-safe as the pipeline given.
 */
public final class Evaluation {
    static final int BATCH = 200;

    private Evaluation() {}

    /**
     * @param onCoded called as each document is coded, from the pipeline's worker threads, possibly
     *     concurrently (for progress reports); a document of a batch coded again is reported again
     */
    public static EvalReport run(Pipeline pipeline, GoldSet set, Runnable onCoded) {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(onCoded, "onCoded");
        List<GoldDocument> documents = set.documents();
        List<EventScorer.DocumentScore> scores = new ArrayList<>(documents.size());
        for (int from = 0; from < documents.size(); from += BATCH) {
            List<GoldDocument> batch = documents.subList(from, Math.min(documents.size(), from + BATCH));
            List<Article> articles = batch.stream().map(GoldDocument::article).toList();
            List<ArticleResult> results = pipeline.processAll(articles, r -> onCoded.run());
            for (int i = 0; i < batch.size(); i++) {
                ArticleResult result = results.get(i);
                Optional<Issue> failure = result.issues().stream().filter(is -> is.code().equals(Pipeline.FAILED)).findFirst();
                scores.add(failure.isPresent()
                        ? EventScorer.failed(batch.get(i), failure.get().message())
                        : EventScorer.score(batch.get(i), result.events()));
            }
        }
        return EvalReport.of(set, scores);
    }
}
