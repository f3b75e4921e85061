package org.sitrep.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Cli.Run;
import org.sitrep.cli.FeedServer.Reply;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.cli.FeedServer.atom;
import static org.sitrep.cli.FeedServer.atomEntry;
import static org.sitrep.cli.FeedServer.page;
import static org.sitrep.cli.FeedServer.rss;
import static org.sitrep.cli.FeedServer.rssItem;
import static org.sitrep.cli.WatchFixtures.ONE_EVENT;
import static org.sitrep.cli.WatchFixtures.rows;
import static org.sitrep.cli.WatchFixtures.watch;

/**
 * Issue 5: a watch killed at any instant leaves the database consistent, and a restart loses
 * nothing and stores nothing twice. The watch runs in a JVM of its own ({@link WatchProcessMain})
 * that is killed while it codes and stores articles.
 */
class WatchKillTest {
    private static final int RSS_ITEMS = 10;
    private static final int ATOM_ITEMS = 6;

    @TempDir
    Path tmp;

    @Test
    void killDashNineMidRoundThenARestartStoresEveryItemExactlyOnce() throws Exception {
        try (FeedServer server = serve()) {
            Path db = tmp.resolve("killed.duckdb");
            Path feeds = feeds(server);

            Path log = tmp.resolve("killed.out");
            Process watch = start(db, feeds, 150, log);
            List<String> coding = awaitCodingLines(watch, log, 5);
            watch.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            assertThat(watch.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(coding).as("killed before it finished").hasSizeGreaterThanOrEqualTo(5);
            assertThat(codingLines(log)).hasSizeLessThan(RSS_ITEMS + ATOM_ITEMS);

            assertConsistent(db);
            List<String> storedBeforeKill = rows(db, "SELECT url FROM articles");
            assertThat(storedBeforeKill.size()).isBetween(1, RSS_ITEMS + ATOM_ITEMS - 1);

            Run restart = watch(ONE_EVENT, "--once", "--quiet", "--host-delay", "0ms", "--db", db.toString(), feeds.toString());

            assertThat(restart.exit()).as(restart.out() + restart.err()).isZero();
            assertConsistent(db);
            assertThat(rows(db, "SELECT count(*), count(DISTINCT url) FROM articles"))
                    .containsExactly((RSS_ITEMS + ATOM_ITEMS) + "|" + (RSS_ITEMS + ATOM_ITEMS));
            for (String url : storedBeforeKill) {
                String path = url.substring(url.indexOf("/", "http://".length()));
                assertThat(server.requestsTo(path)).as("a page stored before the kill is not fetched again: " + path).hasSize(1);
            }
        }
    }

    @Test
    void sigtermStopsAfterTheArticleBeingStoredAndClosesTheStore() throws Exception {
        try (FeedServer server = serve()) {
            Path db = tmp.resolve("stopped.duckdb");
            Path feeds = feeds(server);

            Path log = tmp.resolve("stopped.out");
            Process watch = start(db, feeds, 400, log);
            awaitCodingLines(watch, log, 3);
            watch.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the shutdown hook runs
            assertThat(watch.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertConsistent(db);
            // Every article whose coding had begun was stored: the hook let it finish.
            List<String> all = codingLines(log);
            assertThat(rows(db, "SELECT url FROM articles ORDER BY url"))
                    .containsExactlyInAnyOrderElementsOf(all.stream().map(l -> l.substring("coding ".length())).toList());
            assertThat(all.size()).as("stopped before the round's end").isLessThan(RSS_ITEMS + ATOM_ITEMS);
        }
    }

    /** Every stored article has its feed item record, its one event and its evidence; and every item record its article. */
    private static void assertConsistent(Path db) throws Exception {
        assertThat(rows(db, "SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM watch_items WHERE article_id IS NOT NULL)"))
                .containsExactly("0");
        assertThat(rows(db, "SELECT count(*) FROM watch_items WHERE article_id IS NULL OR article_id NOT IN (SELECT id FROM articles)"))
                .containsExactly("0");
        assertThat(rows(db, "SELECT count(*) FROM articles WHERE 'ev-' || id NOT IN (SELECT id FROM events)")).containsExactly("0");
        assertThat(rows(db, "SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM evidence)")).containsExactly("0");
        assertThat(rows(db, "SELECT (SELECT count(*) FROM events) = (SELECT count(*) FROM articles)")).containsExactly("true");
    }

    private static FeedServer serve() throws IOException {
        FeedServer server = new FeedServer();
        List<String> rssItems = new ArrayList<>();
        for (int i = 0; i < RSS_ITEMS; i++) {
            rssItems.add(rssItem("R" + i, server.url("/r" + i + ".html"), "Mon, 02 Mar 2026 08:00:00 GMT"));
            server.always("/r" + i + ".html", Reply.ok("text/html", page("Report " + i, "2026-03-02",
                    "Gunmen attacked a police post in report " + i + " on Monday, killing " + (i + 1) + " officers, officials said.")));
        }
        List<String> atomEntries = new ArrayList<>();
        for (int i = 0; i < ATOM_ITEMS; i++) {
            atomEntries.add(atomEntry("A" + i, server.url("/a" + i + ".html"), "2026-03-03T09:00:00Z"));
            server.always("/a" + i + ".html", Reply.ok("text/html", page("Dispatch " + i, "2026-03-03",
                    "Protesters marched in dispatch " + i + " on Tuesday and police arrested " + (i + 2) + " of them.")));
        }
        server.always("/rss.xml", Reply.ok("application/rss+xml", rss("Wire", rssItems.toArray(String[]::new))));
        server.always("/atom.xml", Reply.ok("application/atom+xml", atom("Dispatches", atomEntries.toArray(String[]::new))));
        return server;
    }

    private Path feeds(FeedServer server) throws IOException {
        Path feeds = tmp.resolve("feeds.txt");
        Files.writeString(feeds, server.url("/rss.xml") + "\n" + server.url("/atom.xml") + "\n");
        return feeds;
    }

    private static Process start(Path db, Path feeds, long sleepMillis, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                WatchProcessMain.class.getName(), Long.toString(sleepMillis),
                "--once", "--quiet", "--host-delay", "0ms", "--threads", "2", "--db", db.toString(), feeds.toString());
        // To a file, not a pipe: destroying a process closes the pipes, and the lines written just before would be lost.
        pb.redirectOutput(log.toFile());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }

    /** Waits (up to a minute) until the child has printed {@code n} "coding" lines or has ended; returns those lines. */
    private static List<String> awaitCodingLines(Process p, Path log, int n) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline) {
            List<String> lines = codingLines(log);
            if (lines.size() >= n || !p.isAlive()) {
                return lines;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the watch process printed fewer than " + n + " coding lines in a minute");
    }

    private static List<String> codingLines(Path log) throws IOException {
        if (!Files.exists(log)) {
            return List.of();
        }
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("coding ")).toList();
    }
}
