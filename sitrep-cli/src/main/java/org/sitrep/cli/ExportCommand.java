package org.sitrep.cli;

import org.sitrep.export.EventExporter;
import org.sitrep.export.ExportFormat;
import org.sitrep.export.GdeltExporter;
import org.sitrep.export.ParquetExporter;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoredEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code sitrep export}: writes stored events in a standard format. Text formats go to stdout or
 * {@code --out}; Parquet and GDELT's two tables only to files.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export stored events as ACLED CSV, PLOVER JSON Lines, GeoJSON (to stdout, or --out FILE), "
                + "Parquet (--out FILE) or GDELT-style events and mentions tables (--out PREFIX).")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();

    @CommandLine.ArgGroup(exclusive = false)
    FilterOptions filters = new FilterOptions();

    @Option(names = "--format", required = true, description = "One of: acled, plover, geojson, parquet, gdelt.")
    ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to FILE (replaced whole, atomically) instead of stdout; required for parquet. "
                    + "For gdelt a prefix: writes PREFIX.export.CSV and PREFIX.mentions.CSV.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (!Files.exists(db.db)) {
            throw new CommandLine.ParameterException(cl, "no database at " + db.db + " (run `sitrep run PATH` first, or give --db)");
        }
        if (out == null && format.textExporter().isEmpty()) {
            throw new CommandLine.ParameterException(cl, "--format " + format.label()
                    + " writes files: give --out " + (format == ExportFormat.GDELT ? "PREFIX" : "FILE"));
        }
        List<Path> targets = format == ExportFormat.GDELT
                ? List.of(gdeltFile(".export.CSV"), gdeltFile(".mentions.CSV"))
                : out == null ? List.of() : List.of(out);
        for (Path target : targets) {
            OutputFiles.requireWritable(cl, "--out", target);
        }
        var query = filters.toQuery(cl).limit(Integer.MAX_VALUE).build();
        try (EventStore store = EventStore.open(db.db)) {
            List<StoredEvent> events = store.events(query);
            switch (format) {
                case PARQUET -> OutputFiles.replaceAtomically(out, file -> {
                    new ParquetExporter().write(events, file);
                    return events.size();
                });
                case GDELT -> {
                    GdeltExporter gdelt = new GdeltExporter();
                    writeTo(targets.get(0), gdelt.eventsTable(), events);
                    writeTo(targets.get(1), gdelt.mentionsTable(), events);
                }
                default -> {
                    EventExporter exporter = format.textExporter().orElseThrow();
                    if (out == null) {
                        Writer w = cl.getOut();
                        exporter.write(events, w);
                        w.flush();
                    } else {
                        writeTo(out, exporter, events);
                    }
                }
            }
            if (!targets.isEmpty()) {
                cl.getErr().printf("sitrep: wrote %d event(s) to %s%n", events.size(),
                        String.join(" and ", targets.stream().map(Path::toString).toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("export failed: " + e.getMessage(), e);
        }
        return 0;
    }

    private Path gdeltFile(String suffix) {
        return out.resolveSibling(out.getFileName() + suffix);
    }

    private static void writeTo(Path target, EventExporter exporter, List<StoredEvent> events) throws IOException {
        OutputFiles.writeAtomically(target, w -> {
            exporter.write(events, w);
            return events.size();
        });
    }
}
