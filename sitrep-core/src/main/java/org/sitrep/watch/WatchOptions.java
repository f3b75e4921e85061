package org.sitrep.watch;

import java.time.Duration;

/**
 * How the watcher fetches. Defaults: {@link #defaults()}.
 *
 * @param requestTimeout longest wait for one HTTP response, headers and body (and for the connection)
 * @param hostDelay least time between the end of one request and the start of the next to the same host
 * @param maxRetryWait longest a request waits for a host that asked to be left alone (Retry-After);
 *     a longer wish makes the request fail at once, to be tried at a later round
 * @param maxFeedBytes feeds larger than this are refused
 * @param maxPageBytes pages larger than this are refused
 * @param maxRedirects redirects followed per request (http and https only)
 * @param threads feeds handled at once, {@code >= 1}; each feed's items are handled one after the other
 * @param userAgent the {@code User-Agent} header
 */
public record WatchOptions(Duration requestTimeout, Duration hostDelay, Duration maxRetryWait, int maxFeedBytes,
                           int maxPageBytes, int maxRedirects, int threads, String userAgent) {
    public WatchOptions {
        positive(requestTimeout, "requestTimeout");
        if (hostDelay == null || hostDelay.isNegative()) {
            throw new IllegalArgumentException("hostDelay must be >= 0, was " + hostDelay);
        }
        if (maxRetryWait == null || maxRetryWait.isNegative()) {
            throw new IllegalArgumentException("maxRetryWait must be >= 0, was " + maxRetryWait);
        }
        if (maxFeedBytes < 1 || maxPageBytes < 1) {
            throw new IllegalArgumentException("size caps must be >= 1, were " + maxFeedBytes + " and " + maxPageBytes);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must be >= 0, was " + maxRedirects);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
    }

    /** 30 s timeout, 1 s between requests to a host, waits up to 60 s for Retry-After, 10 MB feeds, 5 MB pages, 5 redirects, 4 feeds at once. */
    public static WatchOptions defaults() {
        return new WatchOptions(Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(60), 10 << 20, 5 << 20, 5, 4,
                "sitrep/0.1 (news event coder; polls RSS/Atom feeds)");
    }

    public WatchOptions withRequestTimeout(Duration d) {
        return new WatchOptions(d, hostDelay, maxRetryWait, maxFeedBytes, maxPageBytes, maxRedirects, threads, userAgent);
    }

    public WatchOptions withHostDelay(Duration d) {
        return new WatchOptions(requestTimeout, d, maxRetryWait, maxFeedBytes, maxPageBytes, maxRedirects, threads, userAgent);
    }

    public WatchOptions withMaxRetryWait(Duration d) {
        return new WatchOptions(requestTimeout, hostDelay, d, maxFeedBytes, maxPageBytes, maxRedirects, threads, userAgent);
    }

    public WatchOptions withMaxPageBytes(int bytes) {
        return new WatchOptions(requestTimeout, hostDelay, maxRetryWait, maxFeedBytes, bytes, maxRedirects, threads, userAgent);
    }

    public WatchOptions withThreads(int n) {
        return new WatchOptions(requestTimeout, hostDelay, maxRetryWait, maxFeedBytes, maxPageBytes, maxRedirects, n, userAgent);
    }

    private static void positive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be > 0, was " + d);
        }
    }
}
