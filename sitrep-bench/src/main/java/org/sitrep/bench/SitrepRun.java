package org.sitrep.bench;

import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.IngestResult;
import org.sitrep.pipeline.ArticleResult;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.PipelineOptions;
import org.sitrep.store.EventStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * sitrep end to end, as {@code sitrep run} does it: ingest the corpus directory, code every article
 * with {@link Pipeline#processAll} on the given number of threads, and write the results with
 * {@link EventStore#saveAll} into a fresh DuckDB file.
 *
 * <p>Every pass writes into a new file, because the store skips articles it already holds and a
 * second pass into the same file would measure almost nothing. The files live in a temporary
 * directory that {@link #close} deletes.
 */
public final class SitrepRun implements Workload {
    private final Path corpusDir;
    private final int threads;
    private Ingest ingest;
    private Pipeline pipeline;
    private Path workDir;
    private int passes;

    /**
     * @param corpusDir the corpus directory, read anew on every pass
     * @param threads articles coded in parallel, {@code >= 1}
     */
    public SitrepRun(Path corpusDir, int threads) {
        if (corpusDir == null) {
            throw new IllegalArgumentException("corpusDir must not be null");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.corpusDir = corpusDir;
        this.threads = threads;
    }

    @Override
    public String name() {
        return "sitrep";
    }

    @Override
    public void load() {
        ingest = new Ingest();
        pipeline = Pipeline.standard(new PipelineOptions(null, threads));
        try {
            workDir = Files.createTempDirectory("sitrep-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the store", e);
        }
    }

    @Override
    public PassResult runPass() {
        if (pipeline == null) {
            throw new IllegalStateException("load() first (or the run is closed)");
        }
        IngestResult read = ingest.read(List.of(corpusDir));
        List<ArticleResult> results = pipeline.processAll(read.articles());
        passes++;
        try (EventStore store = EventStore.open(workDir.resolve("pass-" + passes + ".duckdb"))) {
            store.saveAll(results);
        }
        long events = results.stream().mapToLong(r -> r.events().size()).sum();
        return new PassResult(read.articles().size(), 0, events);
    }

    @Override
    public void close() {
        pipeline = null;
        ingest = null;
        if (workDir != null) {
            deleteTree(workDir);
            workDir = null;
        }
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the temporary store directory " + dir, e);
        }
    }
}
