package org.sitrep.bench;

import org.sitrep.server.ArticleCoder;
import org.sitrep.server.QueryParameters;
import org.sitrep.server.ServerConfig;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.AggregateBy;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The {@code latency} workload: a synthetic database, {@link SitrepServer} over it on loopback,
 * concurrent HTTP clients, and the same queries run directly on the {@link EventStore} in one
 * thread as the baseline. Stateless; {@link #run} does everything in this process.
 */
public final class LatencyBenchmark {
    /** Seed of the request mix: the same options give the same requests. */
    static final long SEED = 20_240_601L;

    /**
     * What to run.
     *
     * @param dbFile the database; created with {@code events} synthetic events when absent, used as it is otherwise
     * @param events events to generate when the file is absent
     * @param clients concurrent HTTP clients, each in its own thread with one keep-alive connection
     *     ({@link LoopbackHttpClient})
     * @param requests measured requests in all (both kinds)
     * @param warmup unmeasured requests sent first, by the same clients
     * @param baselineRequests requests of the mix run directly on the store, one thread, after the HTTP phase
     * @param thinkMillis the mean of what each client waits after a response before its next request,
     *     milliseconds (0: back to back, the heaviest load 'clients' clients can make); each wait is
     *     drawn uniformly from 0.5 to 1.5 times it, and each client first waits up to it once, so
     *     that the clients do not fall into step and arrive in bursts
     * @param queryConcurrency the server's {@link ServerConfig#queryConcurrency()}
     */
    public record Options(Path dbFile, long events, int clients, int requests, int warmup, int baselineRequests,
                          long thinkMillis, int queryConcurrency) {
        public Options {
            if (dbFile == null || events < 1 || clients < 1 || requests < 1 || warmup < 0 || baselineRequests < 0
                    || thinkMillis < 0 || queryConcurrency < 1) {
                throw new IllegalArgumentException("need a dbFile, events >= 1, clients >= 1, requests >= 1,"
                        + " warmup >= 0, baselineRequests >= 0, thinkMillis >= 0 and queryConcurrency >= 1");
            }
        }
    }

    private LatencyBenchmark() {}

    /**
     * Runs the workload and reports; {@code progress} gets one line per stage.
     *
     * @throws IllegalStateException if a client thread fails outside a request (failed requests are counted, not thrown)
     */
    public static LatencyReport run(Options options, Consumer<String> progress) {
        try (HeapSampler heap = HeapSampler.start(Duration.ofMillis(20))) {
            SyntheticEvents.Generated generated = null;
            if (!Files.exists(options.dbFile())) {
                progress.accept("generating " + options.events() + " events into " + options.dbFile());
                generated = SyntheticEvents.create(options.dbFile(), options.events());
                progress.accept(String.format(java.util.Locale.ROOT, "generated in %.1f s, %.0f MB",
                        generated.seconds(), generated.bytes() / 1e6));
            }
            List<LatencyRequest> warm = LatencyRequest.mix(options.warmup(), SEED + 1);
            List<LatencyRequest> measured = LatencyRequest.mix(options.requests(), SEED);
            try (EventStore store = EventStore.open(options.dbFile())) {
                long stored = store.eventCount();
                ArticleCoder refuse = articles -> {
                    throw new UnsupportedOperationException("the latency bench codes no articles");
                };
                Phase phase;
                try (SitrepServer server = SitrepServer.start(
                        new ServerConfig("127.0.0.1", 0, SitrepServer.randomToken(), false, options.queryConcurrency()), store, refuse)) {
                    String base = "http://127.0.0.1:" + server.port();
                    store.queryIndexInfo().ifPresent(index -> progress.accept(String.format(java.util.Locale.ROOT,
                            "query index: %d events, built in %d ms, about %.0f MB of heap",
                            index.events(), index.buildMillis(), index.estimatedBytes() / 1e6)));
                    progress.accept("serving " + stored + " events at " + base + "; warm-up: " + warm.size() + " requests");
                    runClients(base, warm, options.clients(), options.thinkMillis());
                    progress.accept("measuring " + measured.size() + " requests with " + options.clients() + " clients");
                    phase = runClients(base, measured, options.clients(), options.thinkMillis());
                }
                progress.accept("baseline: " + Math.min(options.baselineRequests(), measured.size())
                        + " requests directly on the store, one thread");
                List<LatencyStats> direct = direct(store, measured.subList(0, Math.min(options.baselineRequests(), measured.size())));
                long bytes = size(options.dbFile());
                return new LatencyReport(options.dbFile().toString(), stored, generated != null,
                        generated == null ? Double.NaN : generated.seconds(), bytes, options.clients(), options.queryConcurrency(),
                        options.warmup(), options.thinkMillis(), phase.wallSeconds(), phase.cpuSeconds(), phase.gcSeconds(),
                        phase.stats(), direct, phase.slowest(), heap.peakHeapBytes(), heap.peakLiveHeapBytes());
            }
        }
    }

    /**
     * The measured HTTP phase: its wall time, the process's CPU time (all threads, clients included)
     * and the collectors' time over it, and one stats row per kind.
     */
    private record Phase(double wallSeconds, double cpuSeconds, double gcSeconds, List<LatencyStats> stats,
                         List<String> slowest) {}

    /** Connect and read timeout of each client, milliseconds. */
    private static final int REQUEST_TIMEOUT_MILLIS = 60_000;

    /** Requests listed as the slowest in a report. */
    static final int SLOWEST_LISTED = 5;

    private static Phase runClients(String base, List<LatencyRequest> requests, int clients, long thinkMillis) {
        int n = requests.size();
        long[] nanos = new long[n];
        boolean[] failed = new boolean[n];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients, BenchThreads.daemon("latency-client"));
        long cpuStart = ProcessCpu.nanos();
        long gcStart = gcMillis();
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                java.util.Random random = new java.util.Random(SEED + c);
                futures.add(pool.submit(() -> client(base, requests, next, nanos, failed, thinkMillis, random)));
            }
            for (Future<?> f : futures) {
                BenchThreads.await(f, "a latency client");
            }
        } finally {
            pool.shutdownNow();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        long cpuEnd = ProcessCpu.nanos();
        double cpu = cpuStart < 0 || cpuEnd < 0 ? Double.NaN : (cpuEnd - cpuStart) / 1e9;
        double gc = (gcMillis() - gcStart) / 1e3;
        Map<LatencyRequest.Kind, List<Integer>> byKind = new EnumMap<>(LatencyRequest.Kind.class);
        for (int i = 0; i < n; i++) {
            byKind.computeIfAbsent(requests.get(i).kind(), k -> new ArrayList<>()).add(i);
        }
        List<LatencyStats> stats = new ArrayList<>();
        for (Map.Entry<LatencyRequest.Kind, List<Integer>> e : byKind.entrySet()) {
            long[] times = e.getValue().stream().mapToLong(i -> nanos[i]).toArray();
            int errors = (int) e.getValue().stream().filter(i -> failed[i]).count();
            stats.add(LatencyStats.of(e.getKey().label(), times, errors, wall));
        }
        List<String> slowest = java.util.stream.IntStream.range(0, n).boxed()
                .sorted((a, b) -> Long.compare(nanos[b], nanos[a])).limit(SLOWEST_LISTED)
                .map(i -> String.format(java.util.Locale.ROOT, "%.1f ms %s%s", nanos[i] / 1e6,
                        requests.get(i).pathAndQuery(), failed[i] ? " (failed)" : ""))
                .toList();
        return new Phase(wall, cpu, gc, List.copyOf(stats), slowest);
    }

    /** The collectors' accumulated time in milliseconds (for G1 and Parallel: their pauses). */
    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }

    /** One client: takes the next request until none is left; records its latency and whether it failed. */
    private static Void client(String base, List<LatencyRequest> requests, AtomicInteger next, long[] nanos, boolean[] failed,
                               long thinkMillis, java.util.Random random) {
        pause(thinkMillis == 0 ? 0 : (long) (random.nextDouble() * thinkMillis));
        URI uri = URI.create(base);
        try (LoopbackHttpClient http = new LoopbackHttpClient(uri.getHost(), uri.getPort(), REQUEST_TIMEOUT_MILLIS)) {
            for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
                long start = System.nanoTime();
                boolean ok;
                try {
                    LoopbackHttpClient.Response response = http.get(requests.get(i).pathAndQuery());
                    ok = response.status() == 200 && response.body().length > 0 && response.body()[0] == '{';
                } catch (IOException | RuntimeException e) {
                    ok = false;
                    http.close();
                }
                nanos[i] = System.nanoTime() - start;
                failed[i] = !ok;
                pause(thinkMillis == 0 ? 0 : (long) (thinkMillis * (0.5 + random.nextDouble())));
            }
        }
        return null;
    }

    private static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The same queries on the store, one at a time: what the server adds is the difference. */
    private static List<LatencyStats> direct(EventStore store, List<LatencyRequest> requests) {
        Map<LatencyRequest.Kind, List<Long>> times = new EnumMap<>(LatencyRequest.Kind.class);
        Map<LatencyRequest.Kind, Integer> errors = new EnumMap<>(LatencyRequest.Kind.class);
        long start = System.nanoTime();
        for (LatencyRequest request : requests) {
            EventQuery query = QueryParameters.parse(request.parameterMap());
            long t0 = System.nanoTime();
            try {
                switch (request.kind()) {
                    case EVENTS -> {
                        store.page(query);
                    }
                    case ADMIN1 -> store.aggregate(query, AggregateBy.ADMIN1);
                }
            } catch (RuntimeException e) {
                errors.merge(request.kind(), 1, Integer::sum);
            }
            times.computeIfAbsent(request.kind(), k -> new ArrayList<>()).add(System.nanoTime() - t0);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        List<LatencyStats> out = new ArrayList<>();
        times.forEach((kind, list) -> out.add(LatencyStats.of(kind.label(), list.stream().mapToLong(Long::longValue).toArray(),
                errors.getOrDefault(kind, 0), wall)));
        return List.copyOf(out);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file, e);
        }
    }
}
