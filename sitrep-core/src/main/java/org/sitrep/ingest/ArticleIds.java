package org.sitrep.ingest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Stable article ids: the first {@value #LENGTH} hex chars (64 bits) of the SHA-256 of the
 * normalized canonical URL if the article has one, else of its normalized text. The same article
 * read twice, from any format, gets the same id, which is what makes re-ingesting idempotent.
 * Stateless and thread-safe.
 */
public final class ArticleIds {
    private ArticleIds() {}

    /** Number of hex chars in an id. */
    public static final int LENGTH = 16;

    /** Id from {@code canonicalUrl} if it is non-blank, else from {@code text}. */
    public static String of(String canonicalUrl, String text) {
        return canonicalUrl != null && !canonicalUrl.isBlank() ? fromUrl(canonicalUrl) : fromText(text);
    }

    public static String fromUrl(String url) {
        return hash(normalizeUrl(url));
    }

    public static String fromText(String text) {
        return hash(normalizeText(text));
    }

    /**
     * Lower-case scheme and host, default port dropped, fragment dropped, trailing slashes of the
     * path dropped, {@code utm_*} query parameters dropped (the other parameters keep their order).
     * A string that is not a hierarchical URI only loses its fragment and trailing slashes.
     */
    public static String normalizeUrl(String url) {
        String s = url.strip();
        URI uri = Urls.parse(s);
        if (uri == null || uri.getScheme() == null || uri.isOpaque() || uri.getRawAuthority() == null) {
            int hash = s.indexOf('#');
            return stripTrailingSlashes(hash >= 0 ? s.substring(0, hash) : s);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length()).append(scheme).append("://");
        if (uri.getHost() != null) {
            if (uri.getRawUserInfo() != null) {
                out.append(uri.getRawUserInfo()).append('@');
            }
            out.append(uri.getHost().toLowerCase(Locale.ROOT));
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"));
            if (!defaultPort) {
                out.append(':').append(port);
            }
        } else {
            out.append(uri.getRawAuthority().toLowerCase(Locale.ROOT));
        }
        out.append(stripTrailingSlashes(uri.getRawPath() == null ? "" : uri.getRawPath()));
        String query = withoutTrackingParams(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    /** Whitespace collapsed to single spaces, invisible characters dropped, NFC, lower case. */
    public static String normalizeText(String text) {
        return Text.normalizeSpace(text).toLowerCase(Locale.ROOT);
    }

    private static String withoutTrackingParams(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String param : rawQuery.split("&")) {
            if (!param.isEmpty() && !param.toLowerCase(Locale.ROOT).startsWith("utm_")) {
                kept.add(param);
            }
        }
        return String.join("&", kept);
    }

    private static String stripTrailingSlashes(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '/') {
            end--;
        }
        return s.substring(0, end);
    }

    private static String hash(String normalized) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (MessageDigest javadoc).
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
