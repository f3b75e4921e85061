package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.eval.AcledCsvReader;
import org.sitrep.eval.Detection;
import org.sitrep.eval.ErrorLog;
import org.sitrep.eval.EvalReport;
import org.sitrep.eval.Evaluation;
import org.sitrep.eval.GoldFormatException;
import org.sitrep.eval.GoldJsonlReader;
import org.sitrep.eval.GoldSet;
import org.sitrep.eval.GtdCsvReader;
import org.sitrep.eval.PloverGsrReader;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.PipelineOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code sitrep eval}: codes the documents of a gold file with the standard pipeline and prints how
 * well the coded events agree with the gold ones (see {@link org.sitrep.eval.EventScorer} for the
 * pairing). Exit 0 when every gold row was scored, 1 when some were skipped (listed), 2 on usage
 * errors and on a file that cannot be read as the format given.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, subcommands = EvalGeoCommand.class,
        description = {"Score the coder against gold events: event detection precision/recall/F1, and over paired events "
                + "the accuracy of event type, sub-event type, actors, admin1, location (25 km), date and fatalities.",
                "Formats: acled (ACLED CSV, text = notes), gtd (GTD CSV, text = summary), plover (PLOVER gold JSON), "
                        + "gold (sitrep's *.events.jsonl with their articles).",
                "The geoparser is scored by its own subcommand: sitrep eval geo FILE."})
final class EvalCommand implements Callable<Integer> {
    enum Format { ACLED, GTD, PLOVER, GOLD }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Mixin
    CodingOptions coding = new CodingOptions();

    // Not required by picocli, which would then demand them of "eval geo" too: checkOptions does.
    @Option(names = "--format", description = "One of: acled, gtd, plover, gold (required).")
    Format format;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "The gold file (for gold: a *.events.jsonl file or a directory of them).")
    Path file;

    @Option(names = "--articles", paramLabel = "DIR", description = "For --format gold: the directory of the articles the gold names (default: beside the gold).")
    Path articles;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N documents.")
    Integer limit;

    @Option(names = "--sample", paramLabel = "N", description = "Score N documents drawn at random (see --seed).")
    Integer sample;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of --sample's draw (default 1); the same seed draws the same documents.")
    Long seed;

    @Option(names = "--json", description = "Print the scores as JSON instead of a table.")
    boolean json;

    @Option(names = "--errors", paramLabel = "FILE", description = "Write every miss, false positive and wrong field to FILE (JSON Lines).")
    Path errors;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        // Options are checked before any work, so that a bad one fails at once.
        PipelineOptions pipelineOptions = coding.toPipelineOptions(cl);
        checkOptions(cl);
        PrintWriter out = cl.getOut();
        PrintWriter err = cl.getErr();

        GoldSet all = readGold(cl);
        GoldSet set = limit != null ? all.first(limit) : sample != null ? all.sample(sample, seed == null ? 1 : seed) : all;
        if (set.documents().isEmpty()) {
            err.printf("sitrep: %s holds no document that can be scored (%d skipped)%n", file, all.skipped());
            all.problems().forEach(p -> err.println("  " + p));
            err.flush();
            return SitrepMain.EXIT_SKIPPED;
        }

        err.println("sitrep: loading models…");
        err.flush();
        Pipeline pipeline = Pipeline.standard(pipelineOptions);
        Progress progress = new Progress(err, set.documents().size(), "documents");
        long start = System.nanoTime();
        EvalReport report = Evaluation.run(pipeline, set, progress::advance);
        progress.finish();
        double seconds = (System.nanoTime() - start) / 1e9;
        err.printf(Locale.ROOT, "sitrep: coded %d document(s) in %.1f s (%.1f/s)%n", report.documents(), seconds, report.documents() / seconds);
        err.flush();

        if (json) {
            printJson(out, report, all.documents().size(), seconds);
        } else {
            printTable(out, report, all.documents().size());
        }
        if (errors != null) {
            writeErrors(err, report);
        }
        return report.skipped() == 0 && report.failedDocuments() == 0 ? 0 : SitrepMain.EXIT_SKIPPED;
    }

    /** Every usage error is found before the models load, which takes a while. */
    private void checkOptions(CommandLine cl) {
        if (format == null) {
            throw new CommandLine.ParameterException(cl, "--format is required (acled, gtd, plover or gold); for the geoparser: sitrep eval geo FILE");
        }
        if (file == null) {
            throw new CommandLine.ParameterException(cl, "a gold FILE is required");
        }
        if (articles != null && format != Format.GOLD) {
            throw new CommandLine.ParameterException(cl, "--articles is only for --format gold");
        }
        if (limit != null && sample != null) {
            throw new CommandLine.ParameterException(cl, "give --limit or --sample, not both");
        }
        if (limit != null && limit < 1) {
            throw new CommandLine.ParameterException(cl, "--limit must be >= 1, was " + limit);
        }
        if (sample != null && sample < 1) {
            throw new CommandLine.ParameterException(cl, "--sample must be >= 1, was " + sample);
        }
        if (seed != null && sample == null) {
            throw new CommandLine.ParameterException(cl, "--seed only makes sense with --sample");
        }
        if (!Files.exists(file)) {
            throw new CommandLine.ParameterException(cl, "no such file: " + file);
        }
        boolean readable = Files.isReadable(file) && (format == Format.GOLD || Files.isRegularFile(file));
        if (!readable) {
            throw new CommandLine.ParameterException(cl, "cannot read " + file + (Files.isDirectory(file) ? " (a directory; only --format gold reads directories)" : ""));
        }
        if (articles != null && !Files.isDirectory(articles)) {
            throw new CommandLine.ParameterException(cl, "--articles must be a directory: " + articles);
        }
        if (errors != null) {
            OutputFiles.requireWritable(cl, "--errors", errors);
        }
    }

    private GoldSet readGold(CommandLine cl) {
        try {
            return switch (format) {
                case ACLED -> new AcledCsvReader().read(file);
                case GTD -> new GtdCsvReader().read(file);
                case PLOVER -> new PloverGsrReader().read(file);
                case GOLD -> new GoldJsonlReader().read(file, articles);
            };
        } catch (IOException e) {
            // A GoldFormatException's message names the file and what is wrong with it.
            String why = e instanceof GoldFormatException ? e.getMessage() : "cannot read " + file + ": " + e;
            throw new CommandLine.ParameterException(cl, why);
        } catch (UncheckedIOException e) {
            throw new CommandLine.ParameterException(cl, "cannot read " + file + ": " + e.getCause());
        }
    }

    private void printTable(PrintWriter out, EvalReport r, int available) {
        out.printf("sitrep eval --format %s %s%n", format.name().toLowerCase(Locale.ROOT), file);
        out.printf("documents scored  %6d%s%n", r.documents(), selection(available));
        out.printf("gold events       %6d%n", r.goldEvents());
        out.printf("predicted events  %6d%n", r.predictedEvents());
        out.printf("rows skipped      %6d%n", r.skipped());
        if (r.failedDocuments() > 0) {
            out.printf("pipeline failures %6d%n", r.failedDocuments());
        }
        int shown = 0;
        for (String p : r.problems()) {
            if (shown++ == 10) {
                out.printf("  … %d more (see --json)%n", r.problems().size() - 10);
                break;
            }
            out.println("  " + p);
        }
        out.println();
        out.printf("%-26s %9s %7s %7s   %6s %6s %6s%n", "event detection", "precision", "recall", "F1", "paired", "false", "missed");
        detectionRow(out, "any type", r.detection());
        detectionRow(out, "same type", r.typedDetection());
        out.println();
        out.printf("%-26s %9s %7s%n", "over paired events", "accuracy", "n");
        for (EvalReport.FieldScore f : r.fields().values()) {
            out.printf("%-26s %9s %7d%n", f.field().label(), number(f.accuracy()), f.n());
        }
        out.flush();
    }

    private static void detectionRow(PrintWriter out, String label, Detection d) {
        out.printf("  %-24s %9s %7s %7s   %6d %6d %6d%n", label, number(d.precision()), number(d.recall()), number(d.f1()),
                d.truePositives(), d.falsePositives(), d.falseNegatives());
    }

    private String selection(int available) {
        if (limit != null) {
            return "  (the first " + limit + " of " + available + ")";
        }
        if (sample != null) {
            return "  (a sample of " + sample + " of " + available + ", seed " + (seed == null ? 1 : seed) + ")";
        }
        return "";
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

    private void printJson(PrintWriter out, EvalReport r, int available, double seconds) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", format.name().toLowerCase(Locale.ROOT));
        root.put("file", file.toString());
        root.put("documents_available", available);
        root.put("documents", r.documents());
        if (limit != null) {
            root.put("limit", limit);
        }
        if (sample != null) {
            root.put("sample", sample);
            root.put("seed", seed == null ? 1 : seed);
        }
        root.put("gold_events", r.goldEvents());
        root.put("predicted_events", r.predictedEvents());
        root.put("skipped", r.skipped());
        root.put("failed_documents", r.failedDocuments());
        r.problems().forEach(root.putArray("problems")::add);
        detectionJson(root.putObject("detection"), r.detection());
        detectionJson(root.putObject("detection_same_type"), r.typedDetection());
        ObjectNode fields = root.putObject("fields");
        for (EvalReport.FieldScore f : r.fields().values()) {
            ObjectNode n = fields.putObject(f.field().label());
            n.put("correct", f.correct());
            n.put("n", f.n());
            putNumber(n, "accuracy", f.accuracy());
        }
        root.put("seconds", Math.round(seconds * 10) / 10.0);
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    private static void detectionJson(ObjectNode n, Detection d) {
        n.put("true_positives", d.truePositives());
        n.put("false_positives", d.falsePositives());
        n.put("false_negatives", d.falseNegatives());
        putNumber(n, "precision", d.precision());
        putNumber(n, "recall", d.recall());
        putNumber(n, "f1", d.f1());
    }

    /** JSON has no NaN: an undefined measure is null. */
    private static void putNumber(ObjectNode n, String field, double value) {
        if (Double.isNaN(value)) {
            n.putNull(field);
        } else {
            n.put(field, value);
        }
    }

    private void writeErrors(PrintWriter err, EvalReport report) {
        try {
            int lines = OutputFiles.writeAtomically(errors, w -> ErrorLog.write(report, w));
            err.printf("sitrep: wrote %d error line(s) to %s%n", lines, errors);
        } catch (IOException e) {
            err.printf("sitrep: cannot write %s: %s%n", errors, e.getMessage());
        }
        err.flush();
    }
}
