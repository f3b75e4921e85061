package org.sitrep.cli;

import org.sitrep.geo.Gazetteer;
import org.sitrep.pipeline.PipelineOptions;
import org.sitrep.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** The options of every command that codes articles ({@code run}, {@code eval}): they become {@link PipelineOptions}. */
final class CodingOptions {
    @Option(names = "--actors", paramLabel = "FILE", description = "Actor dictionary (actors.tsv layout) extending the bundled one.")
    Path actors;

    @Option(names = "--threads", paramLabel = "N", description = "Articles coded in parallel (default: all cores).")
    Integer threads;

    /**
     * The pipeline options these values ask for.
     *
     * @throws CommandLine.ParameterException (exit 2) naming the option when a value is unusable
     */
    PipelineOptions toPipelineOptions(CommandLine cl) {
        if (actors != null && !Files.isReadable(actors)) {
            throw new CommandLine.ParameterException(cl, "--actors file not readable: " + actors);
        }
        if (threads != null && threads < 1) {
            throw new CommandLine.ParameterException(cl, "--threads must be >= 1, was " + threads);
        }
        return new PipelineOptions(actors, threads == null ? PipelineOptions.defaults().threads() : threads);
    }

    /**
     * {@code options} with the places of {@code sitrep gazetteer import} stored in {@code store}
     * joined to the bundled gazetteer (said on {@code err}), or {@code options} as they are when
     * none were imported.
     */
    static PipelineOptions withImportedPlaces(PipelineOptions options, EventStore store, PrintWriter err) {
        long imported = store.importedPlaceCount();
        if (imported == 0) {
            return options;
        }
        err.println("gazetteer: bundled + " + imported + " imported places");
        return options.withGazetteer(Gazetteer.bundled().extendedWith(store.importedPlaces()));
    }
}
