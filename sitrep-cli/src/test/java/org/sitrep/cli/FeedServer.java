package org.sitrep.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP server for the watch tests: each path answers with a {@link Route}, which sees
 * how many times the path was asked before. Every request is recorded (path, If-None-Match,
 * If-Modified-Since, status sent).
 */
final class FeedServer implements AutoCloseable {
    /** A canned answer. */
    record Reply(int status, String contentType, String body, Map<String, String> headers, long sleepMillis) {
        static Reply ok(String contentType, String body) {
            return new Reply(200, contentType, body, Map.of(), 0);
        }

        Reply withHeader(String name, String value) {
            Map<String, String> h = new java.util.HashMap<>(headers);
            h.put(name, value);
            return new Reply(status, contentType, body, h, sleepMillis);
        }

        Reply afterSleeping(long millis) {
            return new Reply(status, contentType, body, headers, millis);
        }
    }

    /** What a path answers to its {@code hit}-th request (0 for the first), given the request. */
    @FunctionalInterface
    interface Route {
        Reply answer(int hit, HttpExchange request);
    }

    record Request(String path, String ifNoneMatch, String ifModifiedSince, int status) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();

    FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor); // a sleeping page must not hold up the others
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    FeedServer route(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    /** A path that always answers the same. */
    FeedServer always(String path, Reply reply) {
        return route(path, (hit, request) -> reply);
    }

    List<Request> requestsTo(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Route route = routes.get(path);
        int hit = hits.computeIfAbsent(path, p -> new AtomicInteger()).getAndIncrement();
        Reply reply = route == null ? new Reply(404, "text/plain", "no such page", Map.of(), 0) : route.answer(hit, exchange);
        requests.add(new Request(path, exchange.getRequestHeaders().getFirst("If-None-Match"),
                exchange.getRequestHeaders().getFirst("If-Modified-Since"), reply.status()));
        try {
            if (reply.sleepMillis() > 0) {
                Thread.sleep(reply.sleepMillis());
            }
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            if (reply.contentType() != null) {
                exchange.getResponseHeaders().add("Content-Type", reply.contentType());
            }
            byte[] body = reply.body() == null ? new byte[0] : reply.body().getBytes(StandardCharsets.UTF_8);
            boolean noBody = reply.status() == 304 || body.length == 0;
            exchange.sendResponseHeaders(reply.status(), noBody ? -1 : body.length);
            if (!noBody) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The client gave up (a timeout test): nothing to answer.
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- fixtures ----

    static String rss(String title, String... itemXml) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>%s</title><link>http://example.org/</link><description>test feed</description>
                %s
                </channel></rss>
                """.formatted(title, String.join("\n", itemXml));
    }

    static String rssItem(String title, String link, String pubDate) {
        return "<item><title>" + title + "</title><link>" + link + "</link>"
                + (pubDate == null ? "" : "<pubDate>" + pubDate + "</pubDate>") + "<guid isPermaLink=\"false\">" + link + "#guid</guid></item>";
    }

    static String atom(String title, String... entryXml) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>%s</title><id>urn:test:%s</id><updated>2026-03-02T10:00:00Z</updated>
                %s
                </feed>
                """.formatted(title, title.replace(' ', '-'), String.join("\n", entryXml));
    }

    static String atomEntry(String title, String link, String published) {
        return "<entry><title>" + title + "</title><id>" + link + "#id</id><link rel=\"alternate\" href=\"" + link + "\"/>"
                + "<updated>" + published + "</updated><published>" + published + "</published></entry>";
    }

    /** A news page with its own metadata (or none, when {@code published} is null). */
    static String page(String title, String published, String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<p>").append(p).append("</p>\n");
        }
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + " | Test Wire</title>"
                + (published == null ? "" : "<meta property=\"article:published_time\" content=\"" + published + "\">")
                + "<meta property=\"og:site_name\" content=\"Test Wire\"></head><body><nav><a href=\"/\">Home</a></nav><article><h1>"
                + title + "</h1>\n" + body + "</article><footer>Copyright Test Wire</footer></body></html>";
    }
}
