package org.sitrep.server;

import java.util.regex.Pattern;

/**
 * How {@link SitrepServer} listens and whom it lets in.
 *
 * @param host the interface to bind, e.g. {@code 127.0.0.1}
 * @param port the TCP port, 0..65535; 0 picks a free port
 * @param token the API token clients send as {@code Authorization: Bearer <token>}: 16..256
 *     characters of {@code [A-Za-z0-9._~-]}
 * @param privateReads true when GET requests need the token too (writes always do)
 * @param queryConcurrency how many queries (events, one event, aggregates, actors) run at once,
 *     at least 1; the others wait their turn in arrival order (see {@link SitrepServer})
 */
public record ServerConfig(String host, int port, String token, boolean privateReads, int queryConcurrency) {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~-]{16,256}");

    /** A config with {@link #defaultQueryConcurrency()}. */
    public ServerConfig(String host, int port, String token, boolean privateReads) {
        this(host, port, token, privateReads, defaultQueryConcurrency());
    }

    /**
     * Two queries per processor: enough to keep every core busy while a request is being read or
     * written, few enough that the cores are not shared among dozens of queries at once.
     */
    public static int defaultQueryConcurrency() {
        return 2 * Runtime.getRuntime().availableProcessors();
    }

    public ServerConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be in 0..65535, was " + port);
        }
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new IllegalArgumentException("token must be 16 to 256 characters of A-Z a-z 0-9 . _ ~ -");
        }
        if (queryConcurrency < 1) {
            throw new IllegalArgumentException("queryConcurrency must be at least 1, was " + queryConcurrency);
        }
    }
}
