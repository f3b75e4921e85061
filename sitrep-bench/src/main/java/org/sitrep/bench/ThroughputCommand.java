package org.sitrep.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code throughput}: CoreNLP alone against sitrep end to end, on one corpus, in this process.
 * The report goes to standard output; progress and CoreNLP's own logging go to standard error.
 */
@Command(name = "throughput", mixinStandardHelpOptions = true,
        description = {"Measure articles/s and tokens/s of CoreNLP alone (tokenize,ssplit,pos,lemma,ner,depparse,"
                + " default settings) and of sitrep end to end (ingest, code, store in a fresh DuckDB file)"
                + " over the same corpus, and their ratio. Model loading is timed separately."})
public final class ThroughputCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--corpus", required = true, paramLabel = "DIR",
            description = "Directory of articles (any format sitrep ingests, read recursively).")
    private Path corpus;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads for both runs (default: available processors, ${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--repeat", paramLabel = "R", defaultValue = "3",
            description = "Measured passes over the corpus (default: ${DEFAULT-VALUE}).")
    private int repeat;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "1",
            description = "Unmeasured passes before measuring (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--baseline-articles", paramLabel = "N",
            description = "Measure the CoreNLP baseline on N articles spread evenly over the corpus, sitrep on all"
                    + " (the ratio is of articles/s; default: the whole corpus).")
    private int baselineArticles = Integer.MAX_VALUE;

    @Option(names = "--sitrep-first",
            description = "Measure sitrep before the baseline, so that its load seconds are those of a fresh JVM.")
    private boolean sitrepFirst;

    @Option(names = "--json", description = "Print the report as one JSON object instead of a table.")
    private boolean json;

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be >= 1, was " + threads);
        }
        if (repeat < 1) {
            throw new ParameterException(spec.commandLine(), "--repeat must be >= 1, was " + repeat);
        }
        if (warmup < 0) {
            throw new ParameterException(spec.commandLine(), "--warmup must be >= 0, was " + warmup);
        }
        if (baselineArticles < 1) {
            throw new ParameterException(spec.commandLine(), "--baseline-articles must be >= 1, was " + baselineArticles);
        }
        if (!Files.isDirectory(corpus)) {
            throw new ParameterException(spec.commandLine(), "--corpus is not a directory: " + corpus);
        }
        PrintWriter err = spec.commandLine().getErr();
        ThroughputReport report = ThroughputBenchmark.run(corpus, threads, warmup, repeat, baselineArticles, sitrepFirst, line -> {
            err.println("bench: " + line);
            err.flush();
        });
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? report.toJson() : report.toTable());
        out.flush();
        return 0;
    }
}
