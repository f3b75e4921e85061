package org.sitrep.cli;

import org.sitrep.pipeline.PipelineOptions;
import org.sitrep.server.ArticleCoder;
import org.sitrep.server.ServerConfig;
import org.sitrep.server.SitrepServer;
import org.sitrep.server.StandardArticleCoder;
import org.sitrep.store.EventStore;
import org.sitrep.store.FeedLedger;
import org.sitrep.watch.FeedList;
import org.sitrep.watch.WatchOptions;
import org.sitrep.watch.Watcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * {@code sitrep serve}: the REST API and web UI over the database, until Ctrl-C; with
 * {@code --watch FEEDS}, also the feed watcher of {@code sitrep watch}, in the same process and on
 * the same {@link EventStore} (DuckDB lets only one process open a file for writing, so a separate
 * {@code watch} could not store while this serves).
 *
 * <p><b>Threads.</b> {@link #call} starts the server, then (with {@code --watch}) the watcher on one
 * daemon thread of its own, whose rounds write through the server's store (the store's query index
 * sees each write and answers from SQL until its background rebuild catches up), then waits for a
 * stop: Ctrl-C (the shutdown hook) or {@link #stop}.
 *
 * <p><b>Stopping</b> happens on the thread of {@link #call}, in this order: the watcher is asked to
 * stop and waited for (up to {@value FeedWatchOptions#STOP_WAIT_SECONDS} s), so that the articles
 * being coded are stored; then the server stops (finishing the requests in flight); then the store
 * closes. The shutdown hook only asks for the stop and waits for it to finish.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the events of --db over a REST API (JSON; documented at /openapi.json) until Ctrl-C.",
                "Writes (POST /api/articles) need the API token printed at start; with --private, reads do too.",
                "With --watch FEEDS, also poll those feeds as `sitrep watch` does, in this process (only one process can write a DuckDB file): "
                        + "the events coded from them appear in the API and the UI as they are stored."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Interface to listen on (default ${DEFAULT-VALUE}: this machine only).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port, 0 for any free one (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--token", paramLabel = "T",
            description = "API token (16 to 256 of A-Z a-z 0-9 . _ ~ -); default: a random 32-hex-digit token printed at start.")
    String token;

    @Option(names = "--private", description = "Require the token for reads (GET) too, not only for writes.")
    boolean privateReads;

    @Option(names = "--watch", paramLabel = "FEEDS",
            description = "Also poll the RSS/Atom feeds listed in this file (as `sitrep watch` does: one URL per line) every --interval "
                    + "and store their new articles; each round's summary is printed.")
    Path feedsFile;

    @Mixin
    FeedWatchOptions watching = new FeedWatchOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Loads the models, once, for the watcher and POST /api/articles together (with --watch). */
    private final Function<PipelineOptions, LazyCoder.Loaded> coders;
    /** Counted down by {@link #stop}: the thread of {@link #call} then shuts everything down. */
    private final CountDownLatch stopRequested = new CountDownLatch(1);

    ServeCommand() {
        this(LazyCoder.Loaded::standard);
    }

    /** @param coders loads the models for the given options (a test injects a cheap coder); used with --watch */
    ServeCommand(Function<PipelineOptions, LazyCoder.Loaded> coders) {
        this.coders = coders;
    }

    /** Asks {@link #call} to shut down as Ctrl-C does; returns at once. Callable from any thread, any number of times. */
    void stop() {
        stopRequested.countDown();
    }

    /** What {@code --watch} asked for, read and checked before anything is opened. */
    private record WatchPlan(FeedList feeds, Duration interval, WatchOptions options) {}

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        ServerConfig config;
        try {
            config = new ServerConfig(host, port, token == null ? SitrepServer.randomToken() : token, privateReads);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        WatchPlan plan = watchPlan(cl);
        PrintWriter out = cl.getOut();
        PrintWriter err = cl.getErr();
        EventStore store = EventStore.open(db.db);
        PipelineOptions pipelineOptions = PipelineOptions.defaults();
        // With --watch, one lazily loaded pipeline codes both the feeds and POST /api/articles: the
        // models cost about 2 GB of heap and seconds to load, and are not needed twice.
        LazyCoder shared = plan == null ? null : new LazyCoder(store, pipelineOptions, coders, err);
        ArticleCoder apiCoder = shared != null ? shared : new StandardArticleCoder(store, pipelineOptions);
        SitrepServer server;
        try {
            server = SitrepServer.start(config, store, apiCoder);
        } catch (RuntimeException e) {
            store.close();
            err.println("sitrep: cannot serve on " + host + ":" + port + ": " + e.getMessage());
            err.flush();
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop();
            try {
                stopped.await(FeedWatchOptions.STOP_WAIT_SECONDS + 30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sitrep-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        Watcher watcher = null;
        Thread watcherThread = null;
        try {
            String shownHost = host.contains(":") ? "[" + host + "]" : host;
            out.printf("sitrep: serving %s (%d events) at http://%s:%d/  (API: /api/events, docs: /openapi.json)%n",
                    db.db, store.eventCount(), shownHost, server.port());
            out.printf("API token: %s%n", config.token());
            out.printf("%s; Ctrl-C stops.%n", privateReads ? "Every request needs the header Authorization: Bearer <token>"
                    : "Writes need the header Authorization: Bearer <token>");
            out.flush();
            if (plan != null) {
                watcher = new Watcher(plan.options(), shared, new FeedLedger(store));
                watcherThread = startWatcher(watcher, plan, store, out, err);
            }
            stopRequested.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            shutDown(watcher, watcherThread, server, store, err);
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // The JVM is shutting down: the hook is running and has just been released.
            }
        }
        return 0;
    }

    /**
     * The watch plan of --watch, or null without it.
     *
     * @throws CommandLine.ParameterException (exit 2) for an unusable feeds file or duration, or a
     *     watch option given without --watch
     */
    private WatchPlan watchPlan(CommandLine cl) {
        if (feedsFile == null) {
            for (String name : FeedWatchOptions.NAMES) {
                if (cl.getParseResult().hasMatchedOption(name)) {
                    throw new CommandLine.ParameterException(cl, name + " needs --watch FEEDS");
                }
            }
            return null;
        }
        Duration every = watching.interval(cl);
        WatchOptions options = watching.toWatchOptions(cl, PipelineOptions.defaults().threads());
        return new WatchPlan(FeedWatchOptions.readFeeds(cl, feedsFile), every, options);
    }

    /**
     * Runs {@code watcher} on a new daemon thread until it is stopped, printing each round's summary
     * (no event tables: the UI shows them). Daemon, so that a watcher still coding when the stop's
     * wait runs out does not keep the JVM alive. A watcher that fails is reported; serving goes on.
     */
    private Thread startWatcher(Watcher watcher, WatchPlan plan, EventStore store, PrintWriter out, PrintWriter err) {
        err.println("sitrep: watching " + plan.feeds().feeds().size() + " feed(s) from " + feedsFile + ", every " + watching.interval
                + "; storing into " + db.db);
        err.flush();
        Thread thread = new Thread(() -> {
            try {
                watcher.run(plan.feeds().feeds(), plan.interval(), r -> RoundSummary.print(out, r, store, db.db, true));
            } catch (RuntimeException e) {
                if (!watcher.isStopping()) {
                    err.println("sitrep: the feed watcher stopped: " + e + "; serving goes on");
                    err.flush();
                }
            }
        }, "sitrep-serve-watch");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Stops, in order: the watcher (its articles being coded are stored), the server, the store. */
    private static void shutDown(Watcher watcher, Thread watcherThread, SitrepServer server, EventStore store, PrintWriter err) {
        try {
            if (watcher != null) {
                watcher.stop();
                boolean interrupted = false;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(FeedWatchOptions.STOP_WAIT_SECONDS);
                while (watcherThread.isAlive() && System.nanoTime() < deadline) {
                    try {
                        watcherThread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
                    } catch (InterruptedException e) {
                        interrupted = true; // the stop goes on: leaving now would close the store under the watcher
                    }
                }
                if (watcherThread.isAlive()) {
                    err.println("sitrep: the feed watcher did not finish within " + FeedWatchOptions.STOP_WAIT_SECONDS
                            + " s; closing anyway (an article being stored is written whole or not at all)");
                    err.flush();
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        } finally {
            try {
                server.close();
            } finally {
                store.close();
            }
        }
    }
}
