package org.sitrep.watch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Downloads feeds and pages politely, with {@link HttpClient}.
 *
 * <p><b>Limits.</b> Each request (connection, headers and body) must finish within
 * {@link WatchOptions#requestTimeout()}; a body larger than the cap given to {@link #fetch} is cut off
 * and the request fails. Redirects are followed by hand, at most {@link WatchOptions#maxRedirects()},
 * and only to http(s) URLs.
 *
 * <p><b>Politeness.</b> Requests to one host (the URL's host name, whatever the port) run one at a
 * time, and each starts at least {@link WatchOptions#hostDelay()} after the previous one ended. A 429
 * or 503 with a {@code Retry-After} (seconds or an HTTP date) pushes the host's next start that far
 * (at most an hour); a request that would have to wait longer than {@link WatchOptions#maxRetryWait()}
 * fails at once, to be tried at a later round.
 *
 * <p>Never throws for network or server trouble: a {@link Fetched} with status {@code FAILED} says
 * what went wrong in one line. Thread-safe.
 */
public final class PageFetcher {
    /** The outcome of one fetch. */
    public enum Status { OK, NOT_MODIFIED, FAILED }

    /**
     * @param status what happened
     * @param uri the URL finally answered (after redirects)
     * @param body the body of a 2xx answer; empty otherwise
     * @param charset the charset the {@code Content-Type} names, or null
     * @param validators the answer's {@code ETag} and {@code Last-Modified}
     * @param failure why a {@code FAILED} fetch failed, one line; null otherwise
     */
    public record Fetched(Status status, URI uri, byte[] body, Charset charset, FeedValidators validators, String failure) {
        static Fetched failed(URI uri, String why) {
            return new Fetched(Status.FAILED, uri, new byte[0], null, FeedValidators.NONE, why);
        }
    }

    private static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private final WatchOptions options;
    private final HttpClient client;
    private final ConcurrentHashMap<String, Host> hosts = new ConcurrentHashMap<>();

    public PageFetcher(WatchOptions options) {
        this.options = options;
        this.client = HttpClient.newBuilder()
                .connectTimeout(options.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** One host's turn-taking: its lock, and the earliest time (System.nanoTime) its next request may start. */
    private static final class Host {
        final ReentrantLock lock = new ReentrantLock(true);
        long nextStart = System.nanoTime(); // guarded by lock
    }

    /**
     * GETs {@code uri}, following redirects.
     *
     * @param conditional validators to send back ({@code If-None-Match}, {@code If-Modified-Since}); {@link FeedValidators#NONE} for none
     * @param maxBytes the largest body accepted
     */
    public Fetched fetch(URI uri, FeedValidators conditional, int maxBytes) {
        URI current = uri;
        for (int hop = 0; ; hop++) {
            if (FeedList.httpUri(current.toString()) == null) {
                return Fetched.failed(current, "not an http(s) URL");
            }
            Exchange exchange = politely(current, conditional, maxBytes);
            if (exchange.failure != null) {
                return Fetched.failed(current, exchange.failure);
            }
            HttpResponse<byte[]> response = exchange.response;
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return new Fetched(Status.OK, current, response.body(), charset(response), validators(response), null);
            }
            if (status == 304) {
                return new Fetched(Status.NOT_MODIFIED, current, new byte[0], null, validators(response), null);
            }
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    return Fetched.failed(current, "HTTP " + status + " without a Location");
                }
                if (hop >= options.maxRedirects()) {
                    return Fetched.failed(current, "more than " + options.maxRedirects() + " redirects");
                }
                URI next;
                try {
                    next = current.resolve(location.get().strip().replace(" ", "%20"));
                } catch (IllegalArgumentException e) {
                    return Fetched.failed(current, "HTTP " + status + " to a malformed Location");
                }
                if (FeedList.httpUri(next.toString()) == null) {
                    return Fetched.failed(current, "redirect to a non-http(s) URL refused: " + FeedParser.oneLine(next.toString()));
                }
                current = next;
                continue;
            }
            String retry = response.headers().firstValue("Retry-After").map(v -> " (Retry-After: " + FeedParser.oneLine(v) + ")").orElse("");
            return Fetched.failed(current, "HTTP " + status + retry);
        }
    }

    private record Exchange(HttpResponse<byte[]> response, String failure) {}

    private Exchange politely(URI uri, FeedValidators conditional, int maxBytes) {
        String key = uri.getHost().toLowerCase(Locale.ROOT);
        Host host = hosts.computeIfAbsent(key, k -> new Host());
        try {
            host.lock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Exchange(null, "interrupted");
        }
        try {
            long wait = host.nextStart - System.nanoTime();
            if (wait > options.maxRetryWait().toNanos()) {
                return new Exchange(null, "host " + key + " asked to be left alone for " + TimeUnit.NANOSECONDS.toSeconds(wait)
                        + " s more (Retry-After); deferred to a later round");
            }
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            Exchange exchange;
            try {
                exchange = send(uri, conditional, maxBytes);
            } finally {
                host.nextStart = Math.max(host.nextStart, System.nanoTime() + options.hostDelay().toNanos());
            }
            if (exchange.response != null && (exchange.response.statusCode() == 429 || exchange.response.statusCode() == 503)) {
                retryAfter(exchange.response.headers().firstValue("Retry-After").orElse(null), Instant.now())
                        .ifPresent(d -> host.nextStart = Math.max(host.nextStart, System.nanoTime() + d.toNanos()));
            }
            return exchange;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Exchange(null, "interrupted");
        } finally {
            host.lock.unlock();
        }
    }

    private Exchange send(URI uri, FeedValidators conditional, int maxBytes) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(options.requestTimeout())
                .header("User-Agent", options.userAgent())
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5")
                .GET();
        if (conditional.etag() != null) {
            request.header("If-None-Match", conditional.etag());
        }
        if (conditional.lastModified() != null) {
            request.header("If-Modified-Since", conditional.lastModified());
        }
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request.build(), info -> new CappedBody(maxBytes));
        long timeoutMs = options.requestTimeout().toMillis();
        try {
            // The request timeout covers only the wait for headers; this one also covers a body that trickles.
            return new Exchange(future.get(timeoutMs, TimeUnit.MILLISECONDS), null);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Exchange(null, "timed out after " + timeoutMs + " ms");
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                return new Exchange(null, "timed out after " + timeoutMs + " ms");
            }
            if (cause instanceof TooLargeException) {
                return new Exchange(null, "larger than " + maxBytes + " bytes; not read");
            }
            if (cause instanceof IOException) {
                return new Exchange(null, "connection failed: " + FeedParser.oneLine(cause.toString()));
            }
            return new Exchange(null, "request failed: " + FeedParser.oneLine(String.valueOf(cause)));
        }
    }

    private static FeedValidators validators(HttpResponse<?> response) {
        return new FeedValidators(response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null));
    }

    private static Charset charset(HttpResponse<?> response) {
        Optional<String> type = response.headers().firstValue("Content-Type");
        if (type.isEmpty()) {
            return null;
        }
        Matcher m = CHARSET.matcher(type.get());
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** A {@code Retry-After} value (delay in seconds, or an HTTP date) as a delay from {@code now}, capped at an hour. */
    static Optional<Duration> retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        Duration d;
        if (v.matches("\\d{1,9}")) {
            d = Duration.ofSeconds(Long.parseLong(v));
        } else {
            try {
                d = Duration.between(now, ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        if (d.isNegative()) {
            return Optional.of(Duration.ZERO);
        }
        return Optional.of(d.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : d);
    }

    private static final class TooLargeException extends IOException {
        TooLargeException(int cap) {
            super("body larger than " + cap + " bytes");
        }
    }

    /** Collects a body up to a cap; past it, cancels the download and fails. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final int cap;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        CappedBody(int cap) {
            this.cap = cap;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer buffer : items) {
                if (out.size() + (long) buffer.remaining() > cap) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLargeException(cap));
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }
}
