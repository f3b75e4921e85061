package org.sitrep.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.sitrep.cli.Cli.Run;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoredEvent;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sitrep run} on a CC-NEWS-style WARC (gzipped per record) holding one conflict article
 * beside a request and a 404: the event is stored, and a second run stores nothing new.
 */
class RunWarcEndToEndTest {
    private static final String URL = "https://www.example-news.com/iraq/mosul-arrests";
    private static final String PAGE = """
            <!doctype html><html lang="en"><head><meta charset="utf-8">
            <title>Three Islamic State members arrested in Mosul | Example News</title>
            <meta property="og:site_name" content="Example News">
            <meta property="article:published_time" content="2024-03-11T10:00:00Z">
            </head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Three Islamic State members arrested in Mosul</h1>
            <p>Iraqi security forces arrested three Islamic State members in Mosul on Monday, police said.</p>
            </article><footer>Example News, all rights reserved</footer></body></html>""";

    @TempDir
    Path tmp;

    @Test
    void aWarcArticleIsCodedAndStoredOnceAcrossRuns() throws IOException {
        Path warc = tmp.resolve("CC-NEWS-20240311.warc.gz");
        Instant crawled = Instant.parse("2024-03-20T06:00:00Z");
        try (OutputStream out = Files.newOutputStream(warc);
             WarcWriter writer = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
            writer.write(new WarcRequest.Builder(URL).date(crawled)
                    .body(new HttpRequest.Builder("GET", "/iraq/mosul-arrests").addHeader("Host", "www.example-news.com").build()).build());
            writer.write(new WarcResponse.Builder(URL).date(crawled)
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"), PAGE.getBytes(StandardCharsets.UTF_8)).build())
                    .build());
            writer.write(new WarcResponse.Builder("https://www.example-news.com/gone").date(crawled)
                    .body(new HttpResponse.Builder(404, "Not Found").body(MediaType.parse("text/html"), "<html><body><p>Not found</p></body></html>".getBytes(StandardCharsets.UTF_8)).build())
                    .build());
        }
        Path db = tmp.resolve("events.duckdb");

        Run first = Cli.sitrep("run", warc.toString(), "--db", db.toString());

        assertThat(first.exit()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).contains("articles read          1", "newly stored         1", "inputs with problems   0");
        List<StoredEvent> stored = events(db);
        assertThat(stored).isNotEmpty();

        Run second = Cli.sitrep("run", warc.toString(), "--db", db.toString());

        assertThat(second.exit()).as(second.out() + second.err()).isZero();
        assertThat(second.out()).contains("newly stored         0", "already stored       1");
        assertThat(events(db)).extracting(StoredEvent::id).containsExactlyElementsOf(stored.stream().map(StoredEvent::id).toList());
    }

    private static List<StoredEvent> events(Path db) {
        try (EventStore store = EventStore.open(db)) {
            return store.events(EventQuery.all());
        }
    }
}
