package org.sitrep.cli;

import org.sitrep.export.AcledCsvExporter;
import org.sitrep.export.EventExporter;
import org.sitrep.export.GeoJsonExporter;
import org.sitrep.export.PloverJsonlExporter;
import org.sitrep.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code sitrep export}: writes stored events in a standard format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export stored events as ACLED CSV, PLOVER JSON Lines or GeoJSON (to stdout, or --out FILE).")
final class ExportCommand implements Callable<Integer> {
    enum Format { ACLED, PLOVER, GEOJSON }

    @Mixin
    DbOption db = new DbOption();

    @CommandLine.ArgGroup(exclusive = false)
    FilterOptions filters = new FilterOptions();

    @Option(names = "--format", required = true, description = "One of: acled, plover, geojson.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (replaced whole, atomically) instead of stdout.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.exists(db.db)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no database at " + db.db + " (run `sitrep run PATH` first, or give --db)");
        }
        EventExporter exporter = switch (format) {
            case ACLED -> new AcledCsvExporter();
            case PLOVER -> new PloverJsonlExporter();
            case GEOJSON -> new GeoJsonExporter();
        };
        var query = filters.toQuery(spec.commandLine()).limit(Integer.MAX_VALUE).build();
        try (EventStore store = EventStore.open(db.db)) {
            var events = store.events(query);
            if (out == null) {
                Writer w = spec.commandLine().getOut();
                exporter.write(events, w);
                w.flush();
            } else {
                OutputFiles.writeAtomically(out, w -> {
                    exporter.write(events, w);
                    return events.size();
                });
                spec.commandLine().getErr().printf("sitrep: wrote %d event(s) to %s%n", events.size(), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("export failed: " + e.getMessage(), e);
        }
        return 0;
    }
}
