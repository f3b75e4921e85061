package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.eval.GeoCorpus;
import org.sitrep.eval.GeoCorpusReader;
import org.sitrep.eval.GeoEvaluation;
import org.sitrep.eval.GoldFormatException;
import org.sitrep.geo.DocumentResolver;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.ToponymMatch;
import org.sitrep.geo.ToponymMatcher;
import org.sitrep.model.Article;
import org.sitrep.model.Span;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code sitrep eval geo FILE}: scores the geoparser on a corpus in the LGL or GeoWebNews XML
 * layout (see {@link GeoCorpusReader}) — resolution given the gold toponyms, and end to end
 * (recognition, then resolution); see {@link GeoEvaluation} for the measures. Exit 0 when every
 * toponym was read, 1 when some were skipped (listed), 2 on usage errors and unreadable files.
 */
@Command(name = "geo", mixinStandardHelpOptions = true,
        description = {"Score the geoparser on a geoparsing corpus (LGL or GeoWebNews XML): resolution of the gold toponyms "
                + "(accuracy within 161 km, mean and median error in km, AUC of the log error curve) and end to end "
                + "(toponym recognition precision/recall/F1 with exact spans, then resolution)."})
final class EvalGeoCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper LINES = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "FILE", description = "The corpus (LGL or GeoWebNews XML).")
    Path file;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N documents.")
    Integer limit;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Also use the places imported into this database by `sitrep gazetteer import` (default: the bundled gazetteer alone).")
    Path db;

    @Option(names = "--no-ner", description = "Recognise by gazetteer matching alone, without CoreNLP's named entities "
            + "(faster, no model; by default names inside a person's name are dropped and locations the gazetteer lacks are added).")
    boolean noNer;

    @Option(names = "--json", description = "Print the scores as JSON instead of a table.")
    boolean json;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Write every gold toponym resolved more than 161 km off (or not at all), every gold name "
                    + "not recognised and every name recognised that is not gold to FILE (JSON Lines, field kind).")
    Path errors;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        checkOptions(cl);
        PrintWriter out = cl.getOut();
        PrintWriter err = cl.getErr();
        GeoCorpus all = read(cl);
        GeoCorpus corpus = limit == null ? all : all.first(limit);

        long start = System.nanoTime();
        Gazetteer gazetteer = gazetteer(err);
        ToponymMatcher matcher = new ToponymMatcher(gazetteer);
        Function<String, List<Span>> recognizer;
        if (!noNer) {
            err.println("sitrep: loading the entity tagger…");
            err.flush();
            CoreNlpAnnotator tagger = CoreNlpAnnotator.entitiesOnly();
            recognizer = text -> {
                AnnotatedArticle tagged = tagger.annotate(new Article("eval-geo", null, null, null, null, "en", text));
                return matcher.findMentions(text, tagged.entitySpans("PERSON"), tagged.entitySpans("LOCATION"))
                        .stream().map(ToponymMatch::span).toList();
            };
        } else {
            recognizer = text -> matcher.findMentions(text).stream().map(ToponymMatch::span).toList();
        }
        GeoEvaluation evaluation = new GeoEvaluation(new DocumentResolver(gazetteer), recognizer);
        GeoEvaluation.Report report = evaluation.evaluate(corpus);
        double seconds = (System.nanoTime() - start) / 1e9;
        err.printf(Locale.ROOT, "sitrep: scored %d document(s) in %.1f s%n", report.documents(), seconds);
        err.flush();
        if (json) {
            printJson(out, report, all);
        } else {
            printTable(out, report, all);
        }
        if (errors != null) {
            writeErrors(err, report);
        }
        return all.skipped() == 0 ? 0 : SitrepMain.EXIT_SKIPPED;
    }

    private Gazetteer gazetteer(PrintWriter err) {
        if (db == null) {
            return Gazetteer.bundled();
        }
        try (EventStore store = EventStore.open(db)) {
            long imported = store.importedPlaceCount();
            err.println("gazetteer: bundled + " + imported + " imported places");
            return imported == 0 ? Gazetteer.bundled() : Gazetteer.bundled().extendedWith(store.importedPlaces());
        }
    }

    private void checkOptions(CommandLine cl) {
        if (db != null && !Files.isRegularFile(db)) {
            throw new CommandLine.ParameterException(cl, "--db: no such database: " + db);
        }
        if (limit != null && limit < 1) {
            throw new CommandLine.ParameterException(cl, "--limit must be >= 1, was " + limit);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new CommandLine.ParameterException(cl, (Files.exists(file) ? "cannot read " : "no such file: ") + file);
        }
        if (errors != null) {
            OutputFiles.requireWritable(cl, "--errors", errors);
        }
    }

    private GeoCorpus read(CommandLine cl) {
        try {
            return new GeoCorpusReader().read(file);
        } catch (GoldFormatException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        } catch (IOException e) {
            throw new CommandLine.ParameterException(cl, "cannot read " + file + ": " + e);
        }
    }

    private void printTable(PrintWriter out, GeoEvaluation.Report r, GeoCorpus all) {
        out.printf("sitrep eval geo %s%n", file);
        out.printf("documents scored   %6d%s%n", r.documents(), limit == null ? "" : "  (the first " + limit + " of " + all.documents().size() + ")");
        out.printf("toponyms skipped   %6d%n", all.skipped());
        all.problems().stream().limit(10).forEach(p -> out.println("  " + p));
        out.println();
        out.printf("%-34s %8s %8s %10s %10s %6s%n", "resolution", "n", "acc@161", "mean km", "median km", "AUC");
        resolutionRow(out, "given gold toponyms", r.givenGold());
        if (r.endToEnd() != null) {
            resolutionRow(out, "end to end (missed = unresolved)", r.endToEnd());
            out.println();
            GeoEvaluation.Recognition g = r.recognition();
            out.printf("%-34s %9s %7s %7s   %6s %6s %6s%n", "recognition (exact span)", "precision", "recall", "F1", "gold", "found", "right");
            out.printf(Locale.ROOT, "  %-32s %9.3f %7.3f %7.3f   %6d %6d %6d%n", "toponyms", g.precision(), g.recall(), g.f1(),
                    g.gold(), g.found(), g.correct());
        }
        out.flush();
    }

    private static void resolutionRow(PrintWriter out, String label, GeoEvaluation.Resolution s) {
        out.printf(Locale.ROOT, "  %-32s %8d %8.3f %10.0f %10.1f %6.3f%n", label, s.toponyms(), s.accuracy161(),
                s.meanErrorKm(), s.medianErrorKm(), s.auc());
    }

    private void printJson(PrintWriter out, GeoEvaluation.Report r, GeoCorpus all) {
        ObjectNode root = JSON.createObjectNode();
        root.put("file", file.toString());
        root.put("documents_available", all.documents().size());
        root.put("documents", r.documents());
        root.put("skipped", all.skipped());
        all.problems().forEach(root.putArray("problems")::add);
        resolutionJson(root.putObject("given_gold"), r.givenGold());
        if (r.endToEnd() != null) {
            resolutionJson(root.putObject("end_to_end"), r.endToEnd());
            GeoEvaluation.Recognition g = r.recognition();
            ObjectNode n = root.putObject("recognition");
            n.put("gold", g.gold());
            n.put("found", g.found());
            n.put("correct", g.correct());
            n.put("precision", g.precision());
            n.put("recall", g.recall());
            n.put("f1", g.f1());
        }
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    private static void resolutionJson(ObjectNode n, GeoEvaluation.Resolution s) {
        n.put("toponyms", s.toponyms());
        n.put("resolved", s.resolved());
        n.put("accuracy_161km", s.accuracy161());
        n.put("mean_error_km", s.meanErrorKm());
        n.put("median_error_km", s.medianErrorKm());
        n.put("auc", s.auc());
    }

    private void writeErrors(PrintWriter err, GeoEvaluation.Report report) {
        try {
            int written = OutputFiles.writeAtomically(errors, w -> writeErrorLines(report, w));
            err.printf("sitrep: wrote %d error line(s) to %s%n", written, errors);
        } catch (IOException e) {
            err.printf("sitrep: cannot write %s: %s%n", errors, e.getMessage());
        }
        err.flush();
    }

    /** One JSON line per toponym resolved more than 161 km off, then one per recognition error; returns the lines. */
    private static int writeErrorLines(GeoEvaluation.Report report, Writer w) throws IOException {
        int written = 0;
        for (GeoEvaluation.Scored s : report.scored()) {
            if (s.errorKm() <= GeoEvaluation.ACCURACY_KM) {
                continue;
            }
            ObjectNode n = LINES.createObjectNode();
            n.put("kind", "resolution");
            n.put("document", s.documentId());
            n.put("name", s.name());
            n.put("error_km", Math.round(s.errorKm()));
            n.putArray("gold").add(s.gold().lat()).add(s.gold().lon());
            if (s.predicted() == null) {
                n.putNull("predicted");
            } else {
                ObjectNode p = n.putObject("predicted");
                p.put("name", s.predicted().name());
                p.put("feature_code", s.predicted().featureCode());
                p.put("country", s.predicted().countryIso3());
                p.put("admin1", s.predicted().admin1());
                p.put("lat", s.predicted().lat());
                p.put("lon", s.predicted().lon());
                p.put("geonameid", s.predicted().geonameId());
            }
            n.put("context", s.context());
            written += line(w, n);
        }
        for (GeoEvaluation.RecognitionError e : report.recognitionErrors()) {
            ObjectNode n = LINES.createObjectNode();
            n.put("kind", e.missed() ? "missed" : "spurious");
            n.put("document", e.documentId());
            n.put("name", e.name());
            n.put("context", e.context());
            written += line(w, n);
        }
        return written;
    }

    private static int line(Writer w, ObjectNode n) throws IOException {
        w.write(LINES.writeValueAsString(n));
        w.write('\n');
        return 1;
    }
}
