package org.sitrep.watch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The feeds file: one feed URL per line; blank lines and lines starting with {@code #} are skipped,
 * as is anything after a {@code " #"} on a line. Only absolute http(s) URLs are accepted; repeats
 * are dropped, the first occurrence keeping its place.
 *
 * @param feeds the feed URLs, in file order
 * @param errors one message per unusable line, {@code "line N: ..."}; empty if every line was usable
 */
public record FeedList(List<URI> feeds, List<String> errors) {
    public FeedList {
        feeds = List.copyOf(feeds);
        errors = List.copyOf(errors);
    }

    /** Parses the text of a feeds file. Never throws on bad content. */
    public static FeedList parse(String text) {
        Set<URI> feeds = new LinkedHashSet<>();
        List<String> errors = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int comment = line.indexOf(" #");
            if (comment >= 0) {
                line = line.substring(0, comment);
            }
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            URI uri = httpUri(line);
            if (uri == null) {
                errors.add("line " + (i + 1) + ": not an http(s) URL: " + (line.length() > 100 ? line.substring(0, 100) + "…" : line));
            } else {
                feeds.add(uri);
            }
        }
        return new FeedList(new ArrayList<>(feeds), errors);
    }

    /** {@code raw} as an absolute http(s) URI with a host, or null. */
    static URI httpUri(String raw) {
        try {
            URI uri = new URI(raw.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isEmpty()) {
                return uri;
            }
            return null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
