package org.sitrep.cli;

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

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** {@code sitrep watch FEEDS}: poll RSS/Atom feeds, code the new articles, store them; until Ctrl-C. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Poll the RSS/Atom feeds listed in FEEDS every --interval, fetch the pages of new items, code them and store them in --db.",
                "A feed or page that fails is reported and tried again next round. Ctrl-C stops after the article being stored."})
final class WatchCommand implements Callable<Integer> {
    @Mixin
    CodingOptions coding = new CodingOptions();

    @Mixin
    DbOption db = new DbOption();

    @Mixin
    FeedWatchOptions watching = new FeedWatchOptions();

    @Parameters(index = "0", paramLabel = "FEEDS", description = "File of feed URLs: one per line, # comments, blank lines.")
    Path feedsFile;

    @Option(names = "--once", description = "Poll once, then exit (for cron and tests).")
    boolean once;

    @Option(names = "--quiet", description = "Print only each round's summary, not the events coded.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Loads the models for the options; the standard pipeline unless a test injects a cheap coder. */
    private final Function<PipelineOptions, LazyCoder.Loaded> coders;

    WatchCommand() {
        this.coders = LazyCoder.Loaded::standard;
    }

    WatchCommand(Function<PipelineOptions, ArticleCoder> coders) {
        this.coders = options -> LazyCoder.Loaded.oneByOne(coders.apply(options));
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        PipelineOptions pipelineOptions = coding.toPipelineOptions(cl);
        Duration every = watching.interval(cl);
        WatchOptions options = watching.toWatchOptions(cl, pipelineOptions.threads());
        FeedList feeds = FeedWatchOptions.readFeeds(cl, feedsFile);
        PrintWriter out = cl.getOut();
        PrintWriter err = cl.getErr();

        CountDownLatch finished = new CountDownLatch(1);
        int failures = 0;
        try (EventStore store = EventStore.open(db.db)) {
            LazyCoder coder = new LazyCoder(store, pipelineOptions, coders, err);
            Watcher watcher = new Watcher(options, coder, new FeedLedger(store));
            // Ctrl-C (SIGINT/SIGTERM): stop polling, let the articles being coded be stored, close the store.
            Thread hook = new Thread(() -> {
                watcher.stop();
                try {
                    finished.await(FeedWatchOptions.STOP_WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "sitrep-watch-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                err.println("sitrep: watching " + feeds.feeds().size() + " feed(s) from " + feedsFile
                        + (once ? ", one round" : ", every " + watching.interval) + "; storing into " + db.db);
                err.flush();
                if (once) {
                    RoundReport report = watcher.round(feeds.feeds());
                    RoundSummary.print(out, report, store, db.db, quiet);
                    failures = report.feedsFailed() + report.pagesFailed();
                } else {
                    watcher.run(feeds.feeds(), every, r -> RoundSummary.print(out, r, store, db.db, quiet));
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
}
