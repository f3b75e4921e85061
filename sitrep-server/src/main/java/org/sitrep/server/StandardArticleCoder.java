package org.sitrep.server;

import org.sitrep.geo.Gazetteer;
import org.sitrep.model.Article;
import org.sitrep.pipeline.ArticleResult;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.PipelineOptions;
import org.sitrep.store.EventStore;

import java.util.List;

/**
 * The standard pipeline ({@link Pipeline#standard}), loaded on the first call only (loading takes
 * seconds and about 2 GB of heap), with the places imported into the store added to the bundled
 * gazetteer as {@code sitrep run} does. Thread-safe: calls are serialized, so one batch is coded at
 * a time (the pipeline itself codes a batch on its configured threads).
 */
public final class StandardArticleCoder implements ArticleCoder {
    private final EventStore store;
    private final PipelineOptions options;
    private Pipeline pipeline;

    public StandardArticleCoder(EventStore store, PipelineOptions options) {
        if (store == null || options == null) {
            throw new IllegalArgumentException("store and options must not be null");
        }
        this.store = store;
        this.options = options;
    }

    @Override
    public synchronized List<ArticleResult> code(List<Article> articles) {
        if (pipeline == null) {
            PipelineOptions effective = options;
            if (store.importedPlaceCount() > 0) {
                effective = options.withGazetteer(Gazetteer.bundled().extendedWith(store.importedPlaces()));
            }
            pipeline = Pipeline.standard(effective);
        }
        return pipeline.processAll(articles);
    }
}
