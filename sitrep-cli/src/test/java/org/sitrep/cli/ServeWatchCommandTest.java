package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.FeedServer.Reply;
import org.sitrep.pipeline.PipelineOptions;
import org.sitrep.watch.ArticleCoder;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.cli.FeedServer.page;
import static org.sitrep.cli.FeedServer.rss;
import static org.sitrep.cli.FeedServer.rssItem;
import static org.sitrep.cli.WatchFixtures.ONE_EVENT;
import static org.sitrep.cli.WatchFixtures.rows;

/**
 * {@code sitrep serve --watch FEEDS}, run in-process against feeds and pages served on loopback,
 * with a cheap coder: the events coded from the feeds appear in the API while it serves.
 */
class ServeWatchCommandTest {
    private static final String RSS = "application/rss+xml; charset=utf-8";
    private static final String HTML = "text/html; charset=utf-8";
    private static final String TOKEN = "serve-watch-test-token-0123";
    /** The longest any wait below lasts: generous, as the machine may be busy; none is a fixed sleep. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void eventsCodedFromTheFeedsAppearInTheApiRoundAfterRound() throws Exception {
        try (FeedServer feeds = new FeedServer()) {
            AtomicReference<String> feed = new AtomicReference<>(rss("Wire",
                    rssItem("Clash in the north", feeds.url("/a1.html"), "Thu, 05 Mar 2026 08:00:00 GMT"),
                    rssItem("Raid in the south", feeds.url("/a2.html"), "Mon, 02 Mar 2026 08:00:00 GMT")));
            feeds.route("/rss.xml", (hit, request) -> Reply.ok(RSS, feed.get()));
            story(feeds, "a1", "Gunmen attacked an army checkpoint near the northern town on Sunday, officials said.");
            story(feeds, "a2", "Police raided a house in the southern district and arrested four men, a spokesman said.");
            story(feeds, "a3", "Militants shelled a village in the east on Friday, residents said.");
            // The coder holds the third article until the test has read the API: a read during a round.
            CountDownLatch codingA3 = new CountDownLatch(1);
            CountDownLatch releaseA3 = new CountDownLatch(1);
            ArticleCoder coder = article -> {
                if (article.url().endsWith("/a3.html")) {
                    codingA3.countDown();
                    await(releaseA3);
                }
                return ONE_EVENT.code(article);
            };
            AtomicInteger loads = new AtomicInteger();
            Path db = tmp.resolve("live.duckdb");

            try (Serving serving = Serving.start(options -> {
                loads.incrementAndGet();
                return LazyCoder.Loaded.oneByOne(coder);
            }, "--db", db.toString(), "--port", "0", "--token", TOKEN, "--watch", feedsFile(feeds.url("/rss.xml")).toString(),
                    "--interval", "1s", "--host-delay", "0ms")) {

                JsonNode first = eventuallyGet(serving, "/api/events?limit=100", page -> page.get("total").asLong() == 2);
                assertThat(ids(first)).hasSize(2).allMatch(id -> id.startsWith("ev-"));
                assertThat(serving.out()).contains("new items 2: stored 2").contains("events in " + db + ": 2")
                        .as("quiet: no event table").doesNotContain("sub-event type");

                feed.set(rss("Wire", rssItem("Shelling in the east", feeds.url("/a3.html"), "Fri, 06 Mar 2026 08:00:00 GMT"),
                        rssItem("Clash in the north", feeds.url("/a1.html"), "Thu, 05 Mar 2026 08:00:00 GMT"),
                        rssItem("Raid in the south", feeds.url("/a2.html"), "Mon, 02 Mar 2026 08:00:00 GMT")));
                assertThat(codingA3.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("a later round codes the new item").isTrue();
                JsonNode during = get(serving, "/api/events?limit=100");
                assertThat(during.get("total").asLong()).as("answered while the round codes").isEqualTo(2);
                releaseA3.countDown();
                JsonNode second = eventuallyGet(serving, "/api/events?limit=100", page -> page.get("total").asLong() == 3);
                assertThat(ids(second)).containsAll(ids(first));
                eventuallyGet(serving, "/api/aggregates/type", agg -> agg.toString().contains("\"count\":3"));

                // POST /api/articles codes with the same loaded coder: the models are loaded once.
                HttpResponse<String> posted = http.send(HttpRequest.newBuilder(serving.uri("/api/articles"))
                        .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Soldiers clashed with rebels near the river on Monday.\", "
                                + "\"url\": \"https://example.org/posted\"}")).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
                assertThat(posted.body()).contains("\"status\":\"stored\"");
                assertThat(get(serving, "/api/events?limit=100").get("total").asLong()).isEqualTo(4);
                assertThat(loads.get()).isEqualTo(1);
                assertThat(feeds.requestsTo("/a1.html")).as("stored items are not fetched again").hasSize(1);

                assertThat(serving.stop()).isZero();
                assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(serving.uri("/api/events")).build(),
                        HttpResponse.BodyHandlers.ofString())).as("the server stopped").isInstanceOf(ConnectException.class);
            }
            // The store is closed: another connection may open the file.
            assertThat(rows(db, "SELECT count(*) FROM events")).containsExactly("4");
            assertThat(rows(db, "SELECT count(*) FROM watch_items")).containsExactly("3");
        }
    }

    @Test
    void aStopLetsTheArticleBeingCodedBeStoredWhileStillServingThenStopsTheServerThenClosesTheStore() throws Exception {
        try (FeedServer feeds = new FeedServer()) {
            feeds.always("/rss.xml", Reply.ok(RSS, rss("Wire", rssItem("Clash in the north", feeds.url("/a1.html"), null))));
            story(feeds, "a1", "Gunmen attacked an army checkpoint near the northern town on Sunday, officials said.");
            CountDownLatch coding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            ArticleCoder coder = article -> {
                coding.countDown();
                await(release);
                return ONE_EVENT.code(article);
            };
            Path db = tmp.resolve("stop.duckdb");

            try (Serving serving = Serving.start(options -> LazyCoder.Loaded.oneByOne(coder), "--db", db.toString(), "--port", "0",
                    "--token", TOKEN, "--watch", feedsFile(feeds.url("/rss.xml")).toString(), "--host-delay", "0ms")) {
                URI events = serving.uri("/api/events");
                assertThat(coding.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

                serving.requestStop();

                // The watcher is finishing its article: the server still answers, the command has not returned.
                assertThat(get(serving, "/api/events").get("total").asLong()).isZero();
                assertThat(serving.exit.isDone()).isFalse();
                release.countDown();
                assertThat(serving.exit.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isZero();
                assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(events).build(), HttpResponse.BodyHandlers.ofString()))
                        .isInstanceOf(ConnectException.class);
            }
            assertThat(rows(db, "SELECT count(*) FROM articles")).containsExactly("1");
            assertThat(rows(db, "SELECT count(*) FROM events")).containsExactly("1");
            assertThat(rows(db, "SELECT count(*) FROM watch_items")).containsExactly("1");
        }
    }

    @Test
    void aBadFeedsFileOrWatchOptionIsAUsageErrorAndNothingIsServed() throws Exception {
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "# no feeds yet\n\n");
        Path badLine = Files.writeString(tmp.resolve("bad.txt"), "http://127.0.0.1:9/feed.xml\nfile:///etc/passwd\n");
        Path good = Files.writeString(tmp.resolve("good.txt"), "http://127.0.0.1:9/feed.xml\n");
        Path db = tmp.resolve("never.duckdb");
        record Case(List<String> args, String message) {}
        List<Case> cases = List.of(
                new Case(List.of("--watch", tmp.resolve("missing.txt").toString()), "cannot read feeds file"),
                new Case(List.of("--watch", tmp.toString()), "cannot read feeds file"),
                new Case(List.of("--watch", empty.toString()), "lists no feed URL"),
                new Case(List.of("--watch", badLine.toString()), "line 2: not an http(s) URL: file:///etc/passwd"),
                new Case(List.of("--watch", good.toString(), "--interval", "5 minutes"), "--interval must be a number followed by ms, s, m or h"),
                new Case(List.of("--watch", good.toString(), "--timeout", "0s"), "--interval and --timeout must be > 0"),
                new Case(List.of("--interval", "5m"), "--interval needs --watch FEEDS"),
                new Case(List.of("--host-delay", "0ms"), "--host-delay needs --watch FEEDS"));
        for (Case c : cases) {
            List<String> args = new ArrayList<>(List.of("--db", db.toString(), "--port", "0", "--token", TOKEN));
            args.addAll(c.args());
            AtomicInteger loads = new AtomicInteger();
            ServeCommand command = new ServeCommand(options -> {
                loads.incrementAndGet();
                return LazyCoder.Loaded.oneByOne(ONE_EVENT);
            });
            CommandLine cl = new CommandLine(command);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));

            int exit = cl.execute(args.toArray(String[]::new));

            assertThat(exit).as(c.args().toString()).isEqualTo(SitrepMain.EXIT_USAGE);
            assertThat(err.toString()).as(c.args().toString()).contains(c.message());
            assertThat(out.toString()).as(c.args().toString()).doesNotContain("serving");
            assertThat(loads.get()).isZero();
        }
        assertThat(db).doesNotExist();
    }

    @Test
    void helpListsTheWatchOptions() {
        Cli.Run run = Cli.sitrep("serve", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("--watch=FEEDS", "--interval", "--timeout", "--host-delay");
    }

    // ---- helpers ----

    private static void story(FeedServer feeds, String name, String paragraph) {
        feeds.always("/" + name + ".html", Reply.ok(HTML, page("Story " + name, "2026-03-0" + (1 + name.charAt(1) - '0'), paragraph)));
    }

    private Path feedsFile(String... urls) throws IOException {
        return Files.writeString(tmp.resolve("feeds.txt"), "# test feeds\n" + String.join("\n", urls) + "\n");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test did not release the coder");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode get(Serving serving, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(serving.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return mapper.readTree(r.body());
    }

    /** GETs {@code path} until its JSON satisfies {@code done}, up to {@link #PATIENCE}. */
    private JsonNode eventuallyGet(Serving serving, String path, Predicate<JsonNode> done) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        JsonNode last;
        do {
            last = get(serving, path);
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(50); // a poll interval, not a guess at how long the work takes
        } while (System.nanoTime() < deadline);
        throw new AssertionError("GET " + path + " never got there; last answer " + last + "\nstdout:\n" + serving.out() + "\nstderr:\n" + serving.err());
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("events").forEach(e -> ids.add(e.get("id").asText()));
        return ids;
    }

    /** {@code sitrep serve ARGS} running in-process on its own thread; closing it stops it as Ctrl-C does. */
    private static final class Serving implements AutoCloseable {
        private static final Pattern SERVING_AT = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/");

        final ServeCommand command;
        final CompletableFuture<Integer> exit = new CompletableFuture<>();
        private final StringWriter out = new StringWriter();
        private final StringWriter err = new StringWriter();
        private final int port;

        private Serving(Function<PipelineOptions, LazyCoder.Loaded> coders, String... args) throws InterruptedException {
            command = new ServeCommand(coders);
            CommandLine cl = new CommandLine(command);
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            Thread thread = new Thread(() -> exit.complete(cl.execute(args)), "serve-under-test");
            thread.setDaemon(true);
            thread.start();
            port = awaitPort();
        }

        static Serving start(Function<PipelineOptions, LazyCoder.Loaded> coders, String... args) throws InterruptedException {
            return new Serving(coders, args);
        }

        private int awaitPort() throws InterruptedException {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                Matcher m = SERVING_AT.matcher(out.toString());
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
                if (exit.isDone()) {
                    break;
                }
                Thread.sleep(20);
            }
            throw new AssertionError("serve did not start; exit " + exit.getNow(null) + "\nstdout:\n" + out + "\nstderr:\n" + err);
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        String out() {
            return out.toString();
        }

        String err() {
            return err.toString();
        }

        void requestStop() {
            command.stop();
        }

        /** Stops as Ctrl-C does and returns the exit code. */
        int stop() throws Exception {
            command.stop();
            return exit.get(PATIENCE.toSeconds() * 3, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws Exception {
            if (!exit.isDone()) {
                stop();
            }
        }
    }
}
