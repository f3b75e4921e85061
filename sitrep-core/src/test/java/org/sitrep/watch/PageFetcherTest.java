package org.sitrep.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** PageFetcher against a loopback server: politeness, Retry-After, size cap, redirects, charset. */
class PageFetcherTest {
    private HttpServer server;
    private final ExecutorService serverThreads = Executors.newCachedThreadPool();
    /** [start, end] of each request to /slow, in System.nanoTime. */
    private final List<long[]> slowRequests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(serverThreads);
        server.createContext("/slow", e -> {
            long start = System.nanoTime();
            sleep(100);
            // Recorded before the reply: once the client has its answer the test may read the list.
            slowRequests.add(new long[] {start, System.nanoTime()});
            reply(e, 200, "text/plain", "ok");
        });
        server.createContext("/busy", e -> {
            e.getResponseHeaders().add("Retry-After", e.getRequestURI().getQuery());
            reply(e, 429, "text/plain", "slow down");
        });
        server.createContext("/big", e -> reply(e, 200, "text/html", "x".repeat(10_000)));
        server.createContext("/loop", e -> {
            e.getResponseHeaders().add("Location", "/loop");
            reply(e, 302, null, "");
        });
        server.createContext("/to-file", e -> {
            e.getResponseHeaders().add("Location", "file:///etc/passwd");
            reply(e, 301, null, "");
        });
        server.createContext("/moved", e -> {
            e.getResponseHeaders().add("Location", "/latin1");
            reply(e, 301, null, "");
        });
        server.createContext("/latin1", e -> reply(e, 200, "text/html; charset=ISO-8859-1", "caf\u00e9"));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        serverThreads.shutdownNow();
    }

    private URI url(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
    }

    private static WatchOptions options() {
        return WatchOptions.defaults().withRequestTimeout(Duration.ofSeconds(5)).withHostDelay(Duration.ZERO);
    }

    @Test
    void oneRequestAtATimePerHostWithTheDelayBetween() throws Exception {
        PageFetcher fetcher = new PageFetcher(options().withHostDelay(Duration.ofMillis(200)));
        ExecutorService clients = Executors.newFixedThreadPool(3);
        try {
            List<Future<PageFetcher.Fetched>> futures = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                futures.add(clients.submit(() -> fetcher.fetch(url("/slow"), FeedValidators.NONE, 1000)));
            }
            for (Future<PageFetcher.Fetched> f : futures) {
                assertThat(f.get().status()).isEqualTo(PageFetcher.Status.OK);
            }
        } finally {
            clients.shutdownNow();
        }
        List<long[]> sorted = slowRequests.stream().sorted((a, b) -> Long.compare(a[0], b[0])).toList();
        assertThat(sorted).hasSize(3);
        for (int i = 1; i < sorted.size(); i++) {
            long gapMs = (sorted.get(i)[0] - sorted.get(i - 1)[1]) / 1_000_000;
            assertThat(gapMs).as("gap between requests %d and %d", i - 1, i).isGreaterThanOrEqualTo(150);
        }
    }

    @Test
    void retryAfterDelaysTheHostsNextRequestOrDefersIt() {
        PageFetcher fetcher = new PageFetcher(options().withMaxRetryWait(Duration.ofSeconds(5)));
        PageFetcher.Fetched busy = fetcher.fetch(url("/busy?1"), FeedValidators.NONE, 1000);
        assertThat(busy.status()).isEqualTo(PageFetcher.Status.FAILED);
        assertThat(busy.failure()).isEqualTo("HTTP 429 (Retry-After: 1)");
        long start = System.nanoTime();
        assertThat(fetcher.fetch(url("/slow"), FeedValidators.NONE, 1000).status()).isEqualTo(PageFetcher.Status.OK);
        assertThat((System.nanoTime() - start) / 1_000_000).as("waited for Retry-After").isGreaterThanOrEqualTo(900);

        fetcher.fetch(url("/busy?3600"), FeedValidators.NONE, 1000);
        PageFetcher.Fetched deferred = fetcher.fetch(url("/slow"), FeedValidators.NONE, 1000);
        assertThat(deferred.status()).isEqualTo(PageFetcher.Status.FAILED);
        assertThat(deferred.failure()).startsWith("host 127.0.0.1 asked to be left alone for ").endsWith("deferred to a later round");
    }

    @Test
    void retryAfterAsSecondsOrHttpDate() {
        Instant now = Instant.parse("2026-03-02T10:00:00Z");
        assertThat(PageFetcher.retryAfter("120", now)).contains(Duration.ofSeconds(120));
        assertThat(PageFetcher.retryAfter("Mon, 02 Mar 2026 10:05:00 GMT", now)).contains(Duration.ofMinutes(5));
        assertThat(PageFetcher.retryAfter("99999999", now)).contains(Duration.ofHours(1));
        assertThat(PageFetcher.retryAfter("soon", now)).isEmpty();
    }

    @Test
    void sizeCapRedirectLimitAndSchemes() {
        PageFetcher fetcher = new PageFetcher(options());
        assertThat(fetcher.fetch(url("/big"), FeedValidators.NONE, 1000).failure()).isEqualTo("larger than 1000 bytes; not read");
        assertThat(fetcher.fetch(url("/big"), FeedValidators.NONE, 20_000).body()).hasSize(10_000);
        assertThat(fetcher.fetch(url("/loop"), FeedValidators.NONE, 1000).failure()).isEqualTo("more than 5 redirects");
        assertThat(fetcher.fetch(url("/to-file"), FeedValidators.NONE, 1000).failure()).startsWith("redirect to a non-http(s) URL refused");
        PageFetcher.Fetched moved = fetcher.fetch(url("/moved"), FeedValidators.NONE, 1000);
        assertThat(moved.uri()).isEqualTo(url("/latin1"));
        assertThat(moved.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
    }

    private static void reply(HttpExchange e, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(type != null && type.contains("ISO-8859-1") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        if (type != null) {
            e.getResponseHeaders().add("Content-Type", type);
        }
        e.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = e.getResponseBody()) {
                out.write(bytes);
            }
        }
        e.close();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
