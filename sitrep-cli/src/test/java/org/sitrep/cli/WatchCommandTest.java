package org.sitrep.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Cli.Run;
import org.sitrep.cli.FeedServer.Reply;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.cli.FeedServer.atom;
import static org.sitrep.cli.FeedServer.atomEntry;
import static org.sitrep.cli.FeedServer.page;
import static org.sitrep.cli.FeedServer.rss;
import static org.sitrep.cli.FeedServer.rssItem;
import static org.sitrep.cli.WatchFixtures.ONE_EVENT;
import static org.sitrep.cli.WatchFixtures.rows;
import static org.sitrep.cli.WatchFixtures.watch;

/** {@code sitrep watch} against feeds and pages served on loopback, with a cheap coder (issue 5). */
class WatchCommandTest {
    private static final String RSS = "application/rss+xml; charset=utf-8";
    private static final String ATOM = "application/atom+xml";
    private static final String HTML = "text/html; charset=utf-8";
    private static final String LAST_MODIFIED = "Mon, 02 Mar 2026 10:00:00 GMT";

    @TempDir
    Path tmp;

    @Test
    void newItemsAreStoredOnceAndAnUnchangedFeedCostsA304() throws Exception {
        try (FeedServer server = new FeedServer()) {
            String rssBody = rss("Wire", rssItem("Clash in the north", server.url("/a1.html"), "Thu, 05 Mar 2026 08:00:00 GMT"),
                    rssItem("Raid in the south", server.url("/a2.html"), "Mon, 02 Mar 2026 08:00:00 GMT"));
            server.route("/rss.xml", (hit, request) -> "\"rss-v1\"".equals(request.getRequestHeaders().getFirst("If-None-Match"))
                    ? new Reply(304, null, null, java.util.Map.of("ETag", "\"rss-v1\""), 0)
                    : Reply.ok(RSS, rssBody).withHeader("ETag", "\"rss-v1\""));
            String atomBody = atom("Atom wire", atomEntry("Protest in the capital", server.url("/b1.html"), "2026-03-03T09:00:00Z"),
                    atomEntry("Arrests at the border", server.url("/b2.html"), "2026-03-04T09:00:00Z"));
            server.route("/atom.xml", (hit, request) -> LAST_MODIFIED.equals(request.getRequestHeaders().getFirst("If-Modified-Since"))
                    ? new Reply(304, null, null, java.util.Map.of(), 0)
                    : Reply.ok(ATOM, atomBody).withHeader("Last-Modified", LAST_MODIFIED));
            // The page's own date wins over the feed's; a page without one takes the feed's.
            server.always("/a1.html", Reply.ok(HTML, page("Clash in the north", "2026-03-01T10:00:00+03:00",
                    "Gunmen attacked an army checkpoint near the northern town on Sunday, officials said.", "Two soldiers were wounded.")));
            server.always("/a2.html", Reply.ok(HTML, page("Raid in the south", null,
                    "Police raided a house in the southern district and arrested four men, a spokesman said.")));
            server.always("/b1.html", Reply.ok(HTML, page("Protest in the capital", "2026-03-03",
                    "Hundreds of people protested in the capital against rising prices on Tuesday.")));
            server.always("/b2.html", Reply.ok(HTML, page("Arrests at the border", "2026-03-04",
                    "Border guards arrested twelve people trying to cross the frontier on Wednesday.")));
            Path feeds = tmp.resolve("feeds.txt");
            Files.writeString(feeds, "# test feeds\n\n" + server.url("/rss.xml") + "\n" + server.url("/atom.xml") + "  # the Atom one\n");
            Path db = tmp.resolve("watch.duckdb");
            String[] args = {"--once", "--quiet", "--host-delay", "0ms", "--db", db.toString(), feeds.toString()};

            Run first = watch(ONE_EVENT, args);

            assertThat(first.exit()).as(first.out() + first.err()).isZero();
            assertThat(first.out()).contains("new items 4: stored 4, already stored 0");
            assertThat(rows(db, "SELECT url, published_on, title, source FROM articles ORDER BY url")).containsExactly(
                    server.url("/a1.html") + "|2026-03-01|Clash in the north|Test Wire",
                    server.url("/a2.html") + "|2026-03-02|Raid in the south|Test Wire",
                    server.url("/b1.html") + "|2026-03-03|Protest in the capital|Test Wire",
                    server.url("/b2.html") + "|2026-03-04|Arrests at the border|Test Wire");
            assertThat(rows(db, "SELECT count(*) FROM events")).containsExactly("4");
            assertThat(rows(db, "SELECT count(*) FROM watch_items WHERE article_id IN (SELECT id FROM articles)")).containsExactly("4");

            Run second = watch(ONE_EVENT, args);

            assertThat(second.exit()).as(second.out() + second.err()).isZero();
            assertThat(second.out()).contains("not modified 2").contains("new items 0: stored 0");
            FeedServer.Request rssAgain = server.requestsTo("/rss.xml").get(1);
            assertThat(rssAgain.ifNoneMatch()).isEqualTo("\"rss-v1\"");
            assertThat(rssAgain.status()).isEqualTo(304);
            FeedServer.Request atomAgain = server.requestsTo("/atom.xml").get(1);
            assertThat(atomAgain.ifModifiedSince()).isEqualTo(LAST_MODIFIED);
            assertThat(atomAgain.status()).isEqualTo(304);
            for (String p : List.of("/a1.html", "/a2.html", "/b1.html", "/b2.html")) {
                assertThat(server.requestsTo(p)).as(p).hasSize(1);
            }
            assertThat(rows(db, "SELECT count(*), count(DISTINCT url) FROM articles")).containsExactly("4|4");
            assertThat(rows(db, "SELECT count(*) FROM events")).containsExactly("4");
        }
    }

    @Test
    void failingFeedsAndPagesAreReportedRetriedAndDoNotStopTheOthers() throws Exception {
        try (FeedServer server = new FeedServer()) {
            server.always("/good.xml", Reply.ok(RSS, rss("Good", rssItem("G1", server.url("/g1.html"), null))));
            server.route("/err.xml", (hit, request) -> hit == 0 ? new Reply(500, "text/plain", "oops", java.util.Map.of(), 0)
                    : Reply.ok(RSS, rss("Flaky", rssItem("E1", server.url("/e1.html"), null))));
            server.route("/bad.xml", (hit, request) -> hit == 0 ? Reply.ok(RSS, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>broken")
                    : Reply.ok(RSS, rss("Mended", rssItem("M1", server.url("/m1.html"), null))));
            // The slow page's feed has an ETag: were it stored after round 1, round 2 would get a 304 and never retry the page.
            String slowFeed = rss("Slow", rssItem("S1", server.url("/s1.html"), null), rssItem("S2", server.url("/s2.html"), null));
            server.route("/slow.xml", (hit, request) -> "\"slow-v1\"".equals(request.getRequestHeaders().getFirst("If-None-Match"))
                    ? new Reply(304, null, null, java.util.Map.of(), 0) : Reply.ok(RSS, slowFeed).withHeader("ETag", "\"slow-v1\""));
            for (String p : List.of("g1", "e1", "m1", "s2")) {
                server.always("/" + p + ".html", Reply.ok(HTML, page("Story " + p, "2026-03-0" + (1 + p.charAt(0) % 5),
                        "Security forces clashed with gunmen in story " + p + " on Monday, killing three of them, police said.")));
            }
            Reply s1 = Reply.ok(HTML, page("Story s1", "2026-03-06", "Militants shelled a village in story s1 on Friday, residents said."));
            server.route("/s1.html", (hit, request) -> hit == 0 ? s1.afterSleeping(3000) : s1);
            Path feeds = tmp.resolve("feeds.txt");
            Files.writeString(feeds, String.join("\n", server.url("/good.xml"), server.url("/err.xml"), server.url("/bad.xml"), server.url("/slow.xml")));
            Path db = tmp.resolve("watch.duckdb");
            String[] args = {"--once", "--quiet", "--host-delay", "0ms", "--timeout", "1s", "--db", db.toString(), feeds.toString()};

            Run first = watch(ONE_EVENT, args);

            assertThat(first.exit()).as("--once with failures exits 1: " + first.out()).isEqualTo(SitrepMain.EXIT_SKIPPED);
            assertThat(first.out())
                    .contains("watch.feed: feed " + server.url("/err.xml") + ": HTTP 500; tried again next round")
                    .contains("watch.feed: feed " + server.url("/bad.xml") + ": not a readable RSS/Atom feed")
                    .contains("watch.page: page " + server.url("/s1.html") + ": timed out after 1000 ms; tried again next round")
                    .contains("feeds 4 (not modified 0, failed 2), new items 3: stored 2");
            assertThat(rows(db, "SELECT url FROM articles ORDER BY url")).containsExactly(server.url("/g1.html"), server.url("/s2.html"));
            assertThat(rows(db, "SELECT url FROM watch_items ORDER BY url")).containsExactly(server.url("/g1.html"), server.url("/s2.html"));

            Run second = watch(ONE_EVENT, args);

            assertThat(second.exit()).as(second.out() + second.err()).isZero();
            assertThat(second.out()).contains("failed 0), new items 3: stored 3").doesNotContain("watch.feed:").doesNotContain("watch.page:");
            assertThat(server.requestsTo("/slow.xml").get(1).ifNoneMatch()).isNull();
            assertThat(server.requestsTo("/s2.html")).hasSize(1);
            assertThat(server.requestsTo("/g1.html")).hasSize(1);
            assertThat(rows(db, "SELECT url FROM articles ORDER BY url")).containsExactly(server.url("/e1.html"), server.url("/g1.html"),
                    server.url("/m1.html"), server.url("/s1.html"), server.url("/s2.html"));

            Run third = watch(ONE_EVENT, args);

            assertThat(third.out()).contains("new items 0: stored 0");
            assertThat(server.requestsTo("/slow.xml").get(2).status()).isEqualTo(304);
            assertThat(rows(db, "SELECT count(*), count(DISTINCT id) FROM articles")).containsExactly("5|5");
            assertThat(rows(db, "SELECT count(*) FROM events")).containsExactly("5");
        }
    }

    @Test
    void aFeedsFileWithABadLineIsAUsageError() throws Exception {
        Path feeds = tmp.resolve("feeds.txt");
        Files.writeString(feeds, "http://127.0.0.1:9/feed.xml\nfile:///etc/passwd\n");

        Run run = watch(ONE_EVENT, "--once", "--db", tmp.resolve("x.duckdb").toString(), feeds.toString());

        assertThat(run.exit()).isEqualTo(SitrepMain.EXIT_USAGE);
        assertThat(run.err()).contains("line 2: not an http(s) URL: file:///etc/passwd");
    }

    @Test
    void aBadIntervalIsAUsageError() throws Exception {
        Path feeds = tmp.resolve("feeds.txt");
        Files.writeString(feeds, "http://127.0.0.1:9/feed.xml\n");

        Run run = watch(ONE_EVENT, "--interval", "5 minutes", "--db", tmp.resolve("x.duckdb").toString(), feeds.toString());

        assertThat(run.exit()).isEqualTo(SitrepMain.EXIT_USAGE);
        assertThat(run.err()).contains("--interval must be a number followed by ms, s, m or h");
        Run zero = watch(ONE_EVENT, "--timeout", "0s", "--db", tmp.resolve("x.duckdb").toString(), feeds.toString());
        assertThat(zero.exit()).isEqualTo(SitrepMain.EXIT_USAGE);
        assertThat(zero.err()).contains("--interval and --timeout must be > 0");
    }
}
