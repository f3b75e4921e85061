package org.sitrep.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Cli.Run;
import org.sitrep.cli.FeedServer.Reply;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.cli.FeedServer.page;
import static org.sitrep.cli.FeedServer.rss;
import static org.sitrep.cli.FeedServer.rssItem;
import static org.sitrep.cli.WatchFixtures.rows;

/**
 * {@code sitrep watch --once} as users run it, with the standard pipeline (CoreNLP): an English
 * page is coded into events; a French one is stored and skipped by the English coder.
 */
class WatchStandardPipelineTest {
    @TempDir
    Path tmp;

    @Test
    void englishPagesAreCodedAndFrenchOnesStoredButSkipped() throws Exception {
        try (FeedServer server = new FeedServer()) {
            server.always("/feed.xml", Reply.ok("application/rss+xml", rss("Wire",
                    rssItem("Checkpoint attacked", server.url("/en.html"), "Mon, 11 May 2020 08:00:00 GMT"),
                    rssItem("Poste attaqué", server.url("/fr.html"), "Mon, 11 May 2020 09:00:00 GMT"))));
            server.always("/en.html", Reply.ok("text/html; charset=utf-8", page("Checkpoint attacked near Kirkuk", "2020-05-11",
                    "Gunmen attacked an army checkpoint near Kirkuk on Sunday, killing two soldiers, security sources said.",
                    "The attackers fled after the clash, the sources added.")));
            server.always("/fr.html", Reply.ok("text/html; charset=utf-8", page("Poste de police attaqué près de Gao", "2020-05-11",
                    "Des hommes armés ont attaqué un poste de police près de Gao dans la nuit de lundi à mardi, selon une source sécuritaire.",
                    "Deux policiers ont été blessés et les assaillants ont pris la fuite en direction de la frontière.")));
            Path feeds = tmp.resolve("feeds.txt");
            Files.writeString(feeds, server.url("/feed.xml") + "\n");
            Path db = tmp.resolve("watch.duckdb");

            Run run = Cli.sitrep("watch", "--once", "--host-delay", "0ms", "--db", db.toString(), feeds.toString());

            assertThat(run.exit()).as(run.out() + run.err()).isZero();
            assertThat(run.out()).contains("new items 2: stored 2").contains("skipped: not English (fr) 1");
            assertThat(rows(db, "SELECT url, language FROM articles ORDER BY url"))
                    .containsExactly(server.url("/en.html") + "|en", server.url("/fr.html") + "|fr");
            assertThat(rows(db, "SELECT DISTINCT a.url FROM evidence e JOIN articles a ON a.id = e.article_id"))
                    .containsExactly(server.url("/en.html"));
            assertThat(rows(db, "SELECT count(*) FROM events WHERE event_type = 'Battles' AND fatalities = 2")).containsExactly("1");
        }
    }
}
