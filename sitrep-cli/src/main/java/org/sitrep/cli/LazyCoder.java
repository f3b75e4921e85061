package org.sitrep.cli;

import org.sitrep.model.Article;
import org.sitrep.pipeline.ArticleResult;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.PipelineOptions;
import org.sitrep.store.EventStore;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

/**
 * The coder of a long-running command, built on first use: a round with nothing new (a 304, say)
 * never loads the models (seconds and about 2 GB of heap). One instance serves both the feed
 * watcher (one article at a time, {@link org.sitrep.watch.ArticleCoder}) and
 * {@code POST /api/articles} (a batch, {@link org.sitrep.server.ArticleCoder}), so that
 * {@code serve --watch} loads the models once. The places of {@code sitrep gazetteer import} in
 * the store are joined to the gazetteer when the models are loaded.
 *
 * <p>Thread-safe: loading happens once, under the instance's lock; after that calls run
 * concurrently (the standard pipeline is thread-safe), so a batch being coded for the API does not
 * hold up the watcher, nor the reverse.
 */
final class LazyCoder implements org.sitrep.watch.ArticleCoder, org.sitrep.server.ArticleCoder {
    /**
     * Loaded models: a coder of one article and a coder of a batch, both thread-safe.
     *
     * @param one codes one article
     * @param batch codes a batch, results in input order
     */
    record Loaded(org.sitrep.watch.ArticleCoder one, org.sitrep.server.ArticleCoder batch) {
        Loaded {
            if (one == null || batch == null) {
                throw new IllegalArgumentException("one and batch are required");
            }
        }

        /** The standard pipeline: a batch is coded on {@link PipelineOptions#threads()} threads. */
        static Loaded standard(PipelineOptions options) {
            Pipeline pipeline = Pipeline.standard(options);
            return new Loaded(pipeline::process, pipeline::processAll);
        }

        /** {@code coder} for both, a batch coded one article after the other (for cheap coders in tests). */
        static Loaded oneByOne(org.sitrep.watch.ArticleCoder coder) {
            return new Loaded(coder, articles -> articles.stream().map(coder::code).toList());
        }
    }

    private final EventStore store;
    private final PipelineOptions options;
    private final Function<PipelineOptions, Loaded> loader;
    private final PrintWriter err;
    private volatile Loaded loaded; // written once, under this

    /**
     * @param loader loads the models for the given options (the standard pipeline unless a test
     *     injects a cheap coder); called at most once
     * @param err where loading is announced
     */
    LazyCoder(EventStore store, PipelineOptions options, Function<PipelineOptions, Loaded> loader, PrintWriter err) {
        if (store == null || options == null || loader == null || err == null) {
            throw new IllegalArgumentException("store, options, loader and err are required");
        }
        this.store = store;
        this.options = options;
        this.loader = loader;
        this.err = err;
    }

    private Loaded loaded() {
        Loaded l = loaded;
        if (l != null) {
            return l;
        }
        synchronized (this) {
            if (loaded == null) {
                PipelineOptions o = CodingOptions.withImportedPlaces(options, store, err);
                err.println("sitrep: loading models…");
                err.flush();
                loaded = loader.apply(o);
            }
            return loaded;
        }
    }

    @Override
    public ArticleResult code(Article article) {
        return loaded().one().code(article);
    }

    @Override
    public List<ArticleResult> code(List<Article> articles) {
        return loaded().batch().code(articles);
    }
}
