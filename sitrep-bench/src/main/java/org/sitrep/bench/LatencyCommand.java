package org.sitrep.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import org.sitrep.server.ServerConfig;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code latency}: request latency of {@code sitrep serve} on a synthetic database, with concurrent
 * clients on loopback, against the same queries run directly on the store. The report goes to
 * standard output, progress to standard error.
 */
@Command(name = "latency", mixinStandardHelpOptions = true,
        description = {"Measure p50/p90/p99/max latency and throughput of GET /api/events (filtered page of 100) and"
                + " GET /api/aggregates/admin1 (filtered) with concurrent HTTP clients on loopback, on a synthetic"
                + " database, and of the same queries run directly on the store in one thread."})
public final class LatencyCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--events", paramLabel = "N", defaultValue = "1000000",
            description = "Synthetic events to generate when the database is created (default: ${DEFAULT-VALUE}).")
    private long events;

    @Option(names = "--clients", paramLabel = "C", defaultValue = "50",
            description = "Concurrent HTTP clients (default: ${DEFAULT-VALUE}).")
    private int clients;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "5000",
            description = "Measured requests in all, half of each kind (default: ${DEFAULT-VALUE}).")
    private int requests;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "500",
            description = "Unmeasured requests first (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--baseline", paramLabel = "B", defaultValue = "400",
            description = "Requests of the mix run directly on the store in one thread (default: ${DEFAULT-VALUE}).")
    private int baseline;

    @Option(names = "--think-ms", paramLabel = "MS", defaultValue = "0",
            description = "Each client waits this long after a response before its next request (default: ${DEFAULT-VALUE}:"
                    + " back to back).")
    private long thinkMillis;

    @Option(names = "--query-concurrency", paramLabel = "Q",
            description = "Queries the server runs at once, the others waiting in turn (default: the server's,"
                    + " two per processor).")
    private Integer queryConcurrency;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Database to use: created with --events synthetic events if absent, reused as it is if present."
                    + " Default: a temporary file, deleted at the end.")
    private Path db;

    @Option(names = "--json", description = "Print the report as one JSON object instead of a table.")
    private boolean json;

    @Override
    public Integer call() {
        if (events < 1 || clients < 1 || requests < 1 || warmup < 0 || baseline < 0 || thinkMillis < 0
                || (queryConcurrency != null && queryConcurrency < 1)) {
            throw new ParameterException(spec.commandLine(), "need --events >= 1, --clients >= 1, --requests >= 1,"
                    + " --warmup >= 0, --baseline >= 0, --think-ms >= 0, --query-concurrency >= 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        Path dir = null;
        Path file = db;
        try {
            if (file == null) {
                dir = Files.createTempDirectory("sitrep-latency");
                file = dir.resolve("synthetic.duckdb");
            }
            LatencyReport report = LatencyBenchmark.run(
                    new LatencyBenchmark.Options(file, events, clients, requests, warmup, baseline, thinkMillis,
                            queryConcurrency == null ? ServerConfig.defaultQueryConcurrency() : queryConcurrency), line -> {
                        err.println("bench: " + line);
                        err.flush();
                    });
            PrintWriter out = spec.commandLine().getOut();
            out.print(json ? report.toJson() : report.toTable());
            out.flush();
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory", e);
        } finally {
            if (dir != null) {
                deleteQuietly(dir);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // A temporary file left behind is harmless.
        }
    }
}
