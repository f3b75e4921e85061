package org.sitrep.watch;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class FeedParserTest {
    private static final URI BASE = URI.create("https://news.example.test/feeds/world.xml");
    private final FeedParser parser = new FeedParser();

    @Test
    void rssItemsWithRelativeLinksDatesAndRepeats() {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>World</title>
                <item><title>One</title><link>/world/one</link><pubDate>Tue, 03 Mar 2026 23:30:00 -0500</pubDate></item>
                <item><title>Two</title><guid isPermaLink="true">https://news.example.test/world/two</guid></item>
                <item><title>One again</title><link>https://news.example.test/world/one</link></item>
                <item><title>Mail</title><link>mailto:desk@example.test</link></item>
                </channel></rss>""";

        FeedParser.Parsed parsed = parser.parse(BASE, rss.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.items()).containsExactly(
                new FeedItem(URI.create("https://news.example.test/world/one"), "One", LocalDate.of(2026, 3, 4)),
                new FeedItem(URI.create("https://news.example.test/world/two"), "Two", null));
    }

    @Test
    void atomEntriesUseTheAlternateLink() {
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:x</id><updated>2026-03-02T10:00:00Z</updated>
                <entry><title>A</title><id>urn:a</id><link rel="self" href="https://news.example.test/api/a.json"/>
                <link rel="alternate" type="text/html" href="https://news.example.test/a"/><updated>2026-03-02T10:00:00Z</updated></entry>
                </feed>""";

        FeedParser.Parsed parsed = parser.parse(BASE, atom.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.items()).containsExactly(new FeedItem(URI.create("https://news.example.test/a"), "A", LocalDate.of(2026, 3, 2)));
    }

    @Test
    void malformedXmlNoFeedAndDoctypesAreErrorsNotExceptions() {
        assertThat(parser.parse(BASE, "<rss><channel><item><title>cut".getBytes(StandardCharsets.UTF_8)).error())
                .startsWith("not a readable RSS/Atom feed: ");
        assertThat(parser.parse(BASE, "<html><body>Not a feed</body></html>".getBytes(StandardCharsets.UTF_8)).ok()).isFalse();
        assertThat(parser.parse(BASE, new byte[0]).ok()).isFalse();
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title><item><link>https://a.test/&x;</link></item></channel></rss>";
        assertThat(parser.parse(BASE, xxe.getBytes(StandardCharsets.UTF_8)).ok()).isFalse();
    }

    @Test
    void feedListFile() {
        FeedList list = FeedList.parse("# comment\n\nhttps://a.test/rss  # trailing comment\nhttps://a.test/rss\nftp://a.test/x\r\nhttp://b.test/atom.xml\n");

        assertThat(list.feeds()).containsExactly(URI.create("https://a.test/rss"), URI.create("http://b.test/atom.xml"));
        assertThat(list.errors()).containsExactly("line 5: not an http(s) URL: ftp://a.test/x");
    }
}
