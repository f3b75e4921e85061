package org.sitrep.cli;

import org.sitrep.pipeline.PipelineOptions;
import org.sitrep.server.ServerConfig;
import org.sitrep.server.SitrepServer;
import org.sitrep.server.StandardArticleCoder;
import org.sitrep.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code sitrep serve}: the REST API over the database, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the events of --db over a REST API (JSON; documented at /openapi.json) until Ctrl-C.",
                "Writes (POST /api/articles) need the API token printed at start; with --private, reads do too."})
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

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        ServerConfig config;
        try {
            config = new ServerConfig(host, port, token == null ? SitrepServer.randomToken() : token, privateReads);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        PrintWriter out = cl.getOut();
        PrintWriter err = cl.getErr();
        EventStore store = EventStore.open(db.db);
        SitrepServer server;
        try {
            server = SitrepServer.start(config, store, new StandardArticleCoder(store, PipelineOptions.defaults()));
        } catch (RuntimeException e) {
            store.close();
            err.println("sitrep: cannot serve on " + host + ":" + port + ": " + e.getMessage());
            err.flush();
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            stopped.countDown();
        }, "sitrep-serve-shutdown"));
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        out.printf("sitrep: serving %s (%d events) at http://%s:%d/  (API: /api/events, docs: /openapi.json)%n",
                db.db, store.eventCount(), shownHost, server.port());
        out.printf("API token: %s%n", config.token());
        out.printf("%s; Ctrl-C stops.%n", privateReads ? "Every request needs the header Authorization: Bearer <token>"
                : "Writes need the header Authorization: Bearer <token>");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
