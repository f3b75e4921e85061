package org.sitrep.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitrep.store.EventStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/** A real server on 127.0.0.1 and a random port over a DuckDB file filled with {@link TestData}, and a client for it. */
final class ServerHarness implements AutoCloseable {
    static final String TOKEN = "0123456789abcdef0123456789abcdef";
    static final ObjectMapper JSON = new ObjectMapper();

    final EventStore store;
    final SitrepServer server;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ServerHarness(Path dir, boolean privateReads) {
        this(dir, privateReads, ServerConfig.defaultQueryConcurrency());
    }

    ServerHarness(Path dir, boolean privateReads, int queryConcurrency) {
        store = EventStore.open(dir.resolve("serve.duckdb"));
        store.saveAll(TestData.articles());
        server = SitrepServer.start(new ServerConfig("127.0.0.1", 0, TOKEN, privateReads, queryConcurrency), store,
                TestData.fakeCoder());
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** A reply: status, content type and body. */
    record Reply(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    Reply get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET());
    }

    Reply getWithToken(String pathAndQuery, String token) {
        return send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).header("Authorization", "Bearer " + token).GET());
    }

    Reply post(String path, String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b);
    }

    Reply send(HttpRequest.Builder request) {
        HttpResponse<String> r = exchange(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    /** A GET whose answer is binary (Parquet, zip): the raw response. */
    HttpResponse<byte[]> getBytes(String pathAndQuery) {
        return exchange(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
