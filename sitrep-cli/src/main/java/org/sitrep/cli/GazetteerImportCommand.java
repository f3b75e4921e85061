package org.sitrep.cli;

import org.sitrep.geo.Countries;
import org.sitrep.geo.GeoNamesDump;
import org.sitrep.geo.GeoNamesDump.FileReport;
import org.sitrep.geo.GeoNamesDump.LineProblem;
import org.sitrep.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sitrep gazetteer import DUMP...}: GeoNames dumps into the database's {@code gazetteer_places}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {
                "Import GeoNames dumps (allCountries.zip, a country file such as IQ.zip, or the unzipped .txt; "
                        + "GeoNames' 19-column tab-separated layout) into the database. From then on `sitrep run` "
                        + "with this --db locates events in the bundled gazetteer plus these places (villages "
                        + "the bundled one lacks).",
                "Kept: feature class P (populated places) and feature class A with code ADM1, ADM2, ADM3, ADMD "
                        + "or PCL* (countries), in a country sitrep knows. Everything else (streams, mountains, "
                        + "buildings, ADM4, historical units, ...) is skipped and counted.",
                "In a zip, every .txt entry that is a dump is read (readme.txt, iso-languagecodes.txt and other "
                        + "text files are passed over). Re-importing a file is harmless: places are replaced by "
                        + "geonameid. A malformed line is reported with its line number and skipped; a file that "
                        + "cannot be read (missing, not a zip, no dump inside) is reported, the others are "
                        + "imported, and the exit code is 1."})
final class GazetteerImportCommand implements Callable<Integer> {
    /** Malformed lines listed in the summary, over all files. */
    static final int LISTED_LINES = 5;

    @Mixin
    DbOption db = new DbOption();

    @Parameters(arity = "1..*", paramLabel = "DUMP", description = "GeoNames dump files: .zip or .txt.")
    List<Path> dumps;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        List<FileReport> reports = new ArrayList<>();
        long before;
        long after;
        try (EventStore store = EventStore.open(db.db)) {
            before = store.importedPlaceCount();
            for (Path dump : dumps) {
                err.println("sitrep: importing " + dump + "…");
                err.flush();
                FileReport report = store.importPlaces(sink -> GeoNamesDump.read(dump, Countries.bundled(), sink::accept));
                if (!report.readWhole()) {
                    err.println("sitrep: " + dump + ": " + report.failure()
                            + (report.kept() > 0 ? " (the " + report.kept() + " places read before were imported)" : ", skipped"));
                }
                for (String note : report.notes()) {
                    err.println("sitrep: " + note);
                }
                err.flush();
                reports.add(report);
            }
            after = store.importedPlaceCount();
        }
        printSummary(out, reports, after - before, after, (System.nanoTime() - started) / 1e9);
        return reports.stream().allMatch(FileReport::readWhole) ? 0 : SitrepMain.EXIT_SKIPPED;
    }

    private void printSummary(PrintWriter out, List<FileReport> reports, long added, long total, double seconds) {
        long read = 0;
        long kept = 0;
        long skipped = 0;
        long malformed = 0;
        List<LineProblem> listed = new ArrayList<>();
        for (FileReport r : reports) {
            read += r.linesRead();
            kept += r.kept();
            skipped += r.skipped();
            malformed += r.malformed();
            for (LineProblem p : r.firstMalformed()) {
                if (listed.size() < LISTED_LINES) {
                    listed.add(p);
                }
            }
        }
        out.printf("files read        %9d%n", reports.stream().filter(FileReport::readWhole).count());
        for (FileReport r : reports) {
            if (!r.readWhole()) {
                out.printf("  not read: %s: %s%n", r.file(), r.failure());
            }
        }
        out.printf("rows read         %9d%n", read);
        out.printf("places kept       %9d%n", kept);
        out.printf("  new to the db   %9d%n", added);
        out.printf("skipped           %9d  (other feature classes and codes, unknown countries)%n", skipped);
        out.printf("malformed lines   %9d%n", malformed);
        for (LineProblem p : listed) {
            out.printf("  %s%n", p);
        }
        if (malformed > listed.size()) {
            out.printf("  … and %d more%n", malformed - listed.size());
        }
        out.printf("imported places in %s: %d%n", db.db, total);
        out.printf("time %.1f s%n", seconds);
        out.flush();
    }
}
