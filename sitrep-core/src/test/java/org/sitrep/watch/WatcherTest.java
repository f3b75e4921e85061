package org.sitrep.watch;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.ArticleResult;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The watcher's loop and bookkeeping, over an in-memory ledger. */
class WatcherTest {
    private HttpServer server;
    private final ExecutorService serverThreads = Executors.newCachedThreadPool();
    private final AtomicInteger pageHits = new AtomicInteger();
    private final AtomicInteger feedHits = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(serverThreads);
        server.createContext("/feed.xml", e -> {
            feedHits.incrementAndGet();
            String rss = "<rss version=\"2.0\"><channel><title>T</title>"
                    + "<item><title>Ok</title><link>" + url("/ok.html") + "</link><pubDate>Mon, 02 Mar 2026 08:00:00 GMT</pubDate></item>"
                    + "<item><title>Down</title><link>" + url("/down.html") + "</link></item></channel></rss>";
            e.getResponseHeaders().add("ETag", "\"v1\"");
            send(e, 200, rss);
        });
        server.createContext("/ok.html", e -> {
            pageHits.incrementAndGet();
            send(e, 200, "<html><body><article><p>Gunmen attacked a checkpoint on Monday, killing two soldiers, officials said.</p></article></body></html>");
        });
        server.createContext("/down.html", e -> send(e, 503, "try later"));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        serverThreads.shutdownNow();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static void send(com.sun.net.httpserver.HttpExchange e, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        e.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = e.getResponseBody()) {
            out.write(bytes);
        }
        e.close();
    }

    /** A ledger in memory: what FeedLedger keeps in the database. */
    private static final class MemoryLedger implements WatchLedger {
        final Map<String, FeedValidators> validators = new ConcurrentHashMap<>();
        final Map<String, String> done = new ConcurrentHashMap<>();
        final List<ArticleResult> stored = new CopyOnWriteArrayList<>();

        @Override
        public Optional<FeedValidators> validators(String feedUrl) {
            return Optional.ofNullable(validators.get(feedUrl));
        }

        @Override
        public void saveValidators(String feedUrl, FeedValidators v) {
            validators.put(feedUrl, v);
        }

        @Override
        public boolean isDone(String itemUrl) {
            return done.containsKey(itemUrl);
        }

        @Override
        public boolean hasArticle(String articleId) {
            return stored.stream().anyMatch(r -> r.article().id().equals(articleId));
        }

        @Override
        public boolean store(ArticleResult result, String itemUrl, String feedUrl) {
            done.put(itemUrl, result.article().id());
            stored.add(result);
            return true;
        }

        @Override
        public void markDone(String itemUrl, String feedUrl, String articleIdOrNull) {
            done.put(itemUrl, String.valueOf(articleIdOrNull));
        }
    }

    @Test
    void runPollsEveryIntervalUntilStoppedAndKeepsTheFeedUnvalidatedWhileAPageFails() throws Exception {
        MemoryLedger ledger = new MemoryLedger();
        WatchOptions options = WatchOptions.defaults().withHostDelay(Duration.ZERO).withRequestTimeout(Duration.ofSeconds(5));
        Watcher watcher = new Watcher(options, a -> new ArticleResult(a, List.of(), List.of()), ledger);
        List<RoundReport> reports = new CopyOnWriteArrayList<>();
        Thread loop = new Thread(() -> watcher.run(List.of(URI.create(url("/feed.xml"))), Duration.ofMillis(200), reports::add));

        loop.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (reports.size() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        watcher.stop();
        loop.join(5000);

        assertThat(loop.isAlive()).as("run returns after stop").isFalse();
        assertThat(reports.size()).isGreaterThanOrEqualTo(3);
        assertThat(reports.get(0).stored()).isEqualTo(1);
        assertThat(reports.get(0).pagesFailed()).isEqualTo(1);
        assertThat(reports.get(0).problems()).singleElement()
                .satisfies(i -> assertThat(i.message()).isEqualTo("page " + url("/down.html") + ": HTTP 503; tried again next round"));
        // Later rounds retry only the failed page; the stored one is not fetched again.
        assertThat(reports.get(1).newItems()).isEqualTo(1);
        assertThat(reports.get(1).stored()).isZero();
        assertThat(pageHits.get()).isEqualTo(1);
        assertThat(ledger.stored).singleElement().satisfies(r -> {
            assertThat(r.article().url()).isEqualTo(url("/ok.html"));
            assertThat(r.article().publishedOn()).as("the feed's date fills the page's missing one").hasToString("2026-03-02");
            assertThat(r.article().title()).as("the feed's title fills the page's missing one").isEqualTo("Ok");
        });
        // Were the ETag stored, the server would be asked conditionally; it is not while a page fails.
        assertThat(ledger.validators).isEmpty();
        assertThat(feedHits.get()).isEqualTo(reports.size());
    }
}
