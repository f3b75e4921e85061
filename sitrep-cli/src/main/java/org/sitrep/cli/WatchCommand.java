package org.sitrep.cli;

import org.sitrep.model.Event;
import org.sitrep.model.Issue;
import org.sitrep.pipeline.ArticleResult;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.PipelineOptions;
import org.sitrep.store.EventStore;
import org.sitrep.store.FeedLedger;
import org.sitrep.watch.ArticleCoder;
import org.sitrep.watch.FeedList;
import org.sitrep.watch.RoundReport;
import org.sitrep.watch.WatchOptions;
import org.sitrep.watch.Watcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code sitrep watch FEEDS}: poll RSS/Atom feeds, code the new articles, store them; until Ctrl-C. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Poll the RSS/Atom feeds listed in FEEDS every --interval, fetch the pages of new items, code them and store them in --db.",
                "A feed or page that fails is reported and tried again next round. Ctrl-C stops after the article being stored."})
final class WatchCommand implements Callable<Integer> {
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m|h)");
    /** How long Ctrl-C waits for the articles being coded to be stored. */
    private static final long SHUTDOWN_WAIT_SECONDS = 120;

    @Mixin
    CodingOptions coding = new CodingOptions();

    @Mixin
    DbOption db = new DbOption();

    @Parameters(index = "0", paramLabel = "FEEDS", description = "File of feed URLs: one per line, # comments, blank lines.")
    Path feedsFile;

    @Option(names = "--interval", defaultValue = "15m", paramLabel = "DURATION",
            description = "Time from the start of one round to the start of the next: e.g. 30s, 5m, 1h (default ${DEFAULT-VALUE}).")
    String interval;

    @Option(names = "--once", description = "Poll once, then exit (for cron and tests).")
    boolean once;

    @Option(names = "--quiet", description = "Print only each round's summary, not the events coded.")
    boolean quiet;

    @Option(names = "--timeout", defaultValue = "30s", paramLabel = "DURATION",
            description = "Longest wait for one HTTP response, body included (default ${DEFAULT-VALUE}).")
    String timeout;

    @Option(names = "--host-delay", defaultValue = "1s", paramLabel = "DURATION",
            description = "Least time between two requests to the same host (default ${DEFAULT-VALUE}).")
    String hostDelay;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Builds the coder from the options; the standard pipeline unless a test injects a cheap one. */
    private final Function<PipelineOptions, ArticleCoder> coders;

    WatchCommand() {
        this(options -> Pipeline.standard(options)::process);
    }

    WatchCommand(Function<PipelineOptions, ArticleCoder> coders) {
        this.coders = coders;
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        PipelineOptions pipelineOptions = coding.toPipelineOptions(cl);
        Duration every = duration(cl, "--interval", interval);
        Duration requestTimeout = duration(cl, "--timeout", timeout);
        if (every.isZero() || requestTimeout.isZero()) {
            throw new CommandLine.ParameterException(cl, "--interval and --timeout must be > 0");
        }
        WatchOptions options = WatchOptions.defaults()
                .withRequestTimeout(requestTimeout)
                .withHostDelay(duration(cl, "--host-delay", hostDelay))
                .withThreads(pipelineOptions.threads());
        FeedList feeds = readFeeds(cl);
        PrintWriter out = cl.getOut();
        PrintWriter err = cl.getErr();

        CountDownLatch finished = new CountDownLatch(1);
        int failures = 0;
        try (EventStore store = EventStore.open(db.db)) {
            LazyCoder coder = new LazyCoder(store, pipelineOptions, err);
            Watcher watcher = new Watcher(options, coder, new FeedLedger(store));
            // Ctrl-C (SIGINT/SIGTERM): stop polling, let the articles being coded be stored, close the store.
            Thread hook = new Thread(() -> {
                watcher.stop();
                try {
                    finished.await(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "sitrep-watch-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                err.println("sitrep: watching " + feeds.feeds().size() + " feed(s) from " + feedsFile
                        + (once ? ", one round" : ", every " + interval) + "; storing into " + db.db);
                err.flush();
                if (once) {
                    RoundReport report = watcher.round(feeds.feeds());
                    print(out, report, store);
                    failures = report.feedsFailed() + report.pagesFailed();
                } else {
                    watcher.run(feeds.feeds(), every, r -> print(out, r, store));
                }
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // The JVM is shutting down: the hook is running and waits for `finished`.
                }
            }
        } finally {
            finished.countDown();
        }
        // Like `run`: 1 when some inputs could not be read (--once only; a loop retries them).
        return failures > 0 ? SitrepMain.EXIT_SKIPPED : 0;
    }

    private FeedList readFeeds(CommandLine cl) {
        String text;
        try {
            text = Files.readString(feedsFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(cl, "cannot read feeds file " + feedsFile + ": " + e.getMessage());
        }
        FeedList feeds = FeedList.parse(text);
        if (!feeds.errors().isEmpty()) {
            throw new CommandLine.ParameterException(cl, feedsFile + ": " + String.join("; ", feeds.errors()));
        }
        if (feeds.feeds().isEmpty()) {
            throw new CommandLine.ParameterException(cl, feedsFile + " lists no feed URL");
        }
        return feeds;
    }

    /** "30s", "5m", "1h", "500ms" → a Duration; anything else is a usage error naming the option. */
    static Duration duration(CommandLine cl, String option, String value) {
        Matcher m = DURATION.matcher(value == null ? "" : value.strip());
        if (!m.matches()) {
            throw new CommandLine.ParameterException(cl, option + " must be a number followed by ms, s, m or h (e.g. 30s, 5m), was '" + value + "'");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            default -> Duration.ofHours(n);
        };
    }

    private void print(PrintWriter out, RoundReport r, EventStore store) {
        List<Event> events = new ArrayList<>();
        for (ArticleResult a : r.coded()) {
            events.addAll(a.events());
        }
        if (!quiet && !events.isEmpty()) {
            EventTable.print(events.stream().map(EventTable.Row::of).toList(), out);
        }
        out.printf("%s round: feeds %d (not modified %d, failed %d), new items %d: stored %d, already stored %d, no text %d, pages failed %d; events coded %d%n",
                LocalTime.now().truncatedTo(ChronoUnit.SECONDS), r.feeds(), r.feedsNotModified(), r.feedsFailed(), r.newItems(),
                r.stored(), r.alreadyStored(), r.noText(), r.pagesFailed(), events.size());
        r.notEnglish().forEach((language, n) -> out.printf("  skipped: not English (%s) %d%n", language, n));
        for (Issue i : r.problems()) {
            out.printf("  %s: %s%n", i.code(), i.message());
        }
        out.printf("  events in %s: %d%n", db.db, store.eventCount());
        out.flush();
    }

    /**
     * The coder, built on first use: a round with nothing new (a 304, say) never loads the models.
     * Thread-safe.
     */
    private final class LazyCoder implements ArticleCoder {
        private final EventStore store;
        private final PipelineOptions pipelineOptions;
        private final PrintWriter err;
        private ArticleCoder coder; // guarded by this

        LazyCoder(EventStore store, PipelineOptions pipelineOptions, PrintWriter err) {
            this.store = store;
            this.pipelineOptions = pipelineOptions;
            this.err = err;
        }

        private synchronized ArticleCoder coder() {
            if (coder == null) {
                PipelineOptions o = CodingOptions.withImportedPlaces(pipelineOptions, store, err);
                err.println("sitrep: loading models…");
                err.flush();
                coder = coders.apply(o);
            }
            return coder;
        }

        @Override
        public ArticleResult code(org.sitrep.model.Article article) {
            return coder().code(article);
        }
    }
}
