package org.sitrep.bench;

import org.sitrep.pipeline.ArticleResult;
import org.sitrep.store.EventStore;
import org.sitrep.store.SaveOutcome;
import org.sitrep.store.StoreOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code fusion}: stores synthetic coded articles ({@link FusionWorkload}) through the real write
 * path, {@link EventStore#saveAll} into a fresh temporary DuckDB file, twice in the same process:
 * first with cross-article fusion off (the baseline: every mention its own event), then on (near-
 * duplicate check, candidate lookup, merge, event updates). Each is timed over the whole store
 * write, open and close included; generating the workload is not timed. A short warm-up of both
 * runs first into throwaway files; then {@code --repeat} rounds of baseline and fusion alternate,
 * and the fastest of each is reported (the machine may be shared). The report goes to standard output.
 */
@Command(name = "fusion", mixinStandardHelpOptions = true,
        description = {"Time storing N synthetic event mentions with cross-article fusion against the same without it."})
public final class FusionCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--mentions", paramLabel = "N", defaultValue = "100000", description = "Event mentions (default: ${DEFAULT-VALUE}).")
    private int mentions;

    @Option(names = "--repeat-share", paramLabel = "S", defaultValue = "0.3",
            description = "Share of mentions that re-report an earlier event from another outlet (default: ${DEFAULT-VALUE}).")
    private double repeatShare;

    @Option(names = "--batch", paramLabel = "B", defaultValue = "3000",
            description = "Articles per saveAll transaction (default: ${DEFAULT-VALUE}).")
    private int batch;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--repeat", paramLabel = "R", defaultValue = "2",
            description = "Timed runs of each, alternating baseline and fusion; the fastest of each is reported (default: ${DEFAULT-VALUE}).")
    private int repeat;

    /** One timed store run. */
    record Pass(String name, double seconds, double cpuSeconds, long events, long joined, long duplicates) {}

    @Override
    public Integer call() {
        if (mentions < 1 || batch < 1 || repeat < 1 || !(repeatShare >= 0 && repeatShare < 1)) {
            throw new ParameterException(spec.commandLine(), "need --mentions >= 1, --batch >= 1, --repeat >= 1, 0 <= --repeat-share < 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        List<ArticleResult> articles = FusionWorkload.articles(mentions, repeatShare, seed);
        err.println("bench: " + articles.size() + " articles, " + mentions + " mentions generated");
        err.flush();
        Path dir;
        try {
            dir = Files.createTempDirectory("sitrep-fusion-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            List<ArticleResult> warm = articles.subList(0, Math.min(articles.size(), 3000));
            run("warm-up", warm, dir.resolve("warm-off.duckdb"), new StoreOptions(false));
            run("warm-up", warm, dir.resolve("warm-on.duckdb"), StoreOptions.DEFAULTS);
            Pass off = null;
            Pass on = null;
            for (int r = 0; r < repeat; r++) {
                Pass o = run("baseline: fusion off", articles, dir.resolve("off-" + r + ".duckdb"), new StoreOptions(false));
                err.println("bench: " + line(o));
                Pass f = run("cross-article fusion", articles, dir.resolve("on-" + r + ".duckdb"), StoreOptions.DEFAULTS);
                err.println("bench: " + line(f));
                err.flush();
                off = off == null || o.seconds() < off.seconds() ? o : off;
                on = on == null || f.seconds() < on.seconds() ? f : on;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "mentions %d in %d articles (%d per transaction), repeat share %.2f, seed %d, fastest of %d%n",
                    mentions, articles.size(), batch, repeatShare, seed, repeat);
            out.println(line(off));
            out.println(line(on));
            out.printf(Locale.ROOT, "fusion costs %+.2f s over the baseline (%.1f%%)%n", on.seconds() - off.seconds(),
                    100 * (on.seconds() - off.seconds()) / off.seconds());
            out.flush();
        } finally {
            deleteAll(dir);
        }
        return 0;
    }

    private String line(Pass p) {
        return String.format(Locale.ROOT, "%-22s %8.2f s wall %8.2f s cpu  %9.0f mentions/s  events stored %7d  joined %7d  near-duplicates %d",
                p.name(), p.seconds(), p.cpuSeconds(), mentions / p.seconds(), p.events(), p.joined(), p.duplicates());
    }

    private Pass run(String name, List<ArticleResult> articles, Path file, StoreOptions options) {
        long start = System.nanoTime();
        long cpuStart = ProcessCpu.nanos();
        long joined = 0;
        long duplicates = 0;
        long events;
        try (EventStore store = EventStore.open(file, java.time.Clock.systemUTC(), options)) {
            for (int from = 0; from < articles.size(); from += batch) {
                for (SaveOutcome o : store.saveAll(articles.subList(from, Math.min(articles.size(), from + batch)))) {
                    joined += o.eventsJoined();
                    duplicates += o.status() == SaveOutcome.Status.DUPLICATE ? 1 : 0;
                }
            }
            events = store.eventCount();
        }
        return new Pass(name, (System.nanoTime() - start) / 1e9, (ProcessCpu.nanos() - cpuStart) / 1e9, events, joined, duplicates);
    }

    private static void deleteAll(Path dir) {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary directory left behind is not worth failing the report for
        }
    }
}
