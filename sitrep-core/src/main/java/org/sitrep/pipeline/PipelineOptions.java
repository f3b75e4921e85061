package org.sitrep.pipeline;

import org.sitrep.geo.Gazetteer;

import java.nio.file.Path;

/**
 * How to assemble the standard pipeline.
 *
 * @param userActors an actor file in the {@code actors.tsv} layout that extends or overrides the
 *     bundled dictionary, or null
 * @param threads articles coded in parallel, {@code >= 1}
 * @param gazetteer the gazetteer places are matched and located in (e.g. the bundled one extended
 *     with an imported GeoNames dump, {@link Gazetteer#extendedWith}), or null for
 *     {@link Gazetteer#bundled()}: null lets options be made without loading the bundled gazetteer
 */
public record PipelineOptions(Path userActors, int threads, Gazetteer gazetteer) {
    public PipelineOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
    }

    /** Options with the bundled gazetteer. */
    public PipelineOptions(Path userActors, int threads) {
        this(userActors, threads, null);
    }

    /** The bundled dictionaries, one thread per available core. */
    public static PipelineOptions defaults() {
        return new PipelineOptions(null, Runtime.getRuntime().availableProcessors());
    }

    /** These options with another gazetteer (null for the bundled one). */
    public PipelineOptions withGazetteer(Gazetteer other) {
        return new PipelineOptions(userActors, threads, other);
    }

    /** The gazetteer to use: {@link #gazetteer()}, or the bundled one when that is null. */
    public Gazetteer gazetteerOrBundled() {
        return gazetteer == null ? Gazetteer.bundled() : gazetteer;
    }
}
