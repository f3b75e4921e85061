package org.sitrep.pipeline;

import java.nio.file.Path;

/**
 * How to assemble the standard pipeline.
 *
 * @param userActors an actor file in the {@code actors.tsv} layout that extends or overrides the
 *     bundled dictionary, or null
 * @param threads articles coded in parallel, {@code >= 1}
 */
public record PipelineOptions(Path userActors, int threads) {
    public PipelineOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
    }

    /** The bundled dictionaries, one thread per available core. */
    public static PipelineOptions defaults() {
        return new PipelineOptions(null, Runtime.getRuntime().availableProcessors());
    }
}
