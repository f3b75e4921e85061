package org.sitrep.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** http(s) URL checks. URLs come from untrusted pages: only http and https are ever accepted. */
final class Urls {
    private Urls() {}

    /** {@code raw} stripped, if it is an absolute http or https URL with a host; else null. */
    static String httpUrlOrNull(String raw) {
        URI uri = parse(raw);
        if (uri == null || uri.getScheme() == null || uri.getRawAuthority() == null || uri.getRawAuthority().isEmpty()) {
            return null;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return null;
        }
        return uri.toString();
    }

    /** Lower-case host of an http(s) URL without a leading {@code www.}, or null. */
    static String hostOf(String url) {
        URI uri = parse(url);
        if (uri == null) {
            return null;
        }
        String host = uri.getHost();
        if (host == null && uri.getRawAuthority() != null) {
            // URI leaves getHost() null for names it finds odd (underscores, non-ASCII): cut the authority by hand.
            host = uri.getRawAuthority().replaceFirst("^.*@", "").replaceFirst(":\\d*$", "");
        }
        if (host == null || host.isBlank()) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /** The parsed URI, or null; spaces, common in scraped links, are percent-encoded first. */
    static URI parse(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip().replace(" ", "%20");
        if (s.isEmpty()) {
            return null;
        }
        try {
            return new URI(s);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
