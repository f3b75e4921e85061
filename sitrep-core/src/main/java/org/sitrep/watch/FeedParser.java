package org.sitrep.watch;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom (0.3, 1.0) document with Rome. Each entry's page is its
 * {@code link} (Atom: the {@code alternate} link; RSS: {@code <link>}, else a {@code <guid>} that
 * is a URL), resolved against the feed's URL; entries without an http(s) link are left out. The
 * date is the entry's published date, else its updated date, taken as a UTC day (feeds state an
 * offset, which Rome turns into an instant). DOCTYPEs are refused (Rome's default), so a feed
 * cannot make the parser read local files or expand entities. Stateless and thread-safe.
 */
public final class FeedParser {
    /** What one feed document held: its items in document order (repeated links once), or why it could not be read. */
    public record Parsed(List<FeedItem> items, String error) {
        public Parsed {
            items = List.copyOf(items);
        }

        public boolean ok() {
            return error == null;
        }
    }

    public FeedParser() {}

    /**
     * @param feedUrl the URL the document came from, the base of relative links
     * @param bytes the document as sent; its encoding is found as XML says (BOM, declaration)
     */
    public Parsed parse(URI feedUrl, byte[] bytes) {
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes), true)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            // Rome reports malformed XML and documents that are no feed as FeedException (ParsingFeedException).
            return new Parsed(List.of(), "not a readable RSS/Atom feed: " + oneLine(e.getMessage()));
        } catch (RuntimeException e) {
            return new Parsed(List.of(), "not a readable RSS/Atom feed: " + oneLine(String.valueOf(e)));
        }
        Map<URI, FeedItem> items = new LinkedHashMap<>();
        for (SyndEntry entry : feed.getEntries()) {
            URI link = link(feedUrl, entry);
            if (link != null) {
                items.putIfAbsent(link, new FeedItem(link, blankToNull(entry.getTitle()), day(entry)));
            }
        }
        return new Parsed(new ArrayList<>(items.values()), null);
    }

    private static URI link(URI base, SyndEntry entry) {
        List<String> candidates = new ArrayList<>();
        candidates.add(entry.getLink());
        for (SyndLink l : entry.getLinks()) {
            if (l.getRel() == null || l.getRel().equals("alternate")) {
                candidates.add(l.getHref());
            }
        }
        candidates.add(entry.getUri());
        for (String candidate : candidates) {
            if (candidate == null || candidate.isBlank()) {
                continue;
            }
            try {
                URI resolved = base.resolve(candidate.strip().replace(" ", "%20"));
                URI http = FeedList.httpUri(resolved.toString());
                if (http != null) {
                    return http;
                }
            } catch (IllegalArgumentException e) {
                // A malformed link: try the next candidate.
            }
        }
        return null;
    }

    private static LocalDate day(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String oneLine(String message) {
        if (message == null) {
            return "(no detail)";
        }
        String s = message.replaceAll("\\s+", " ").strip();
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
