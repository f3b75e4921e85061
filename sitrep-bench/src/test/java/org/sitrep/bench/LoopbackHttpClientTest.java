package org.sitrep.bench;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoopbackHttpClientTest {
    private HttpServer server;
    private final AtomicInteger connections = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // Fixed length, with the query echoed so that each answer is told apart.
        server.createContext("/fixed", exchange -> {
            byte[] body = ("{\"q\":\"" + exchange.getRequestURI().getRawQuery() + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        // Length 0 makes the JDK server send a chunked body; written in pieces.
        server.createContext("/chunked", exchange -> {
            exchange.sendResponseHeaders(404, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 3; i++) {
                    out.write(("part" + i + ";").repeat(2000).getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void readsFixedLengthAndChunkedBodiesOnOneConnection() throws IOException {
        try (LoopbackHttpClient client = new LoopbackHttpClient("127.0.0.1", server.getAddress().getPort(), 5000)) {
            LoopbackHttpClient.Response first = client.get("/fixed?a=1");
            assertThat(first.status()).isEqualTo(200);
            assertThat(new String(first.body(), StandardCharsets.UTF_8)).isEqualTo("{\"q\":\"a=1\"}");
            LoopbackHttpClient.Response chunked = client.get("/chunked");
            assertThat(chunked.status()).isEqualTo(404);
            String text = new String(chunked.body(), StandardCharsets.UTF_8);
            assertThat(text).hasSize(3 * 2000 * "part0;".length()).startsWith("part0;").endsWith("part2;");
            assertThat(new String(client.get("/fixed?b=2").body(), StandardCharsets.UTF_8)).isEqualTo("{\"q\":\"b=2\"}");
        }
    }

    @Test
    void reconnectsWhenTheServerClosedTheConnection() throws IOException {
        // A server that answers one request per connection, then closes it without saying so.
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                while (!listener.isClosed()) {
                    try (Socket s = listener.accept()) {
                        connections.incrementAndGet();
                        byte[] request = new byte[4096];
                        int n = s.getInputStream().read(request);
                        String line = new String(request, 0, Math.max(0, n), StandardCharsets.ISO_8859_1).split("\r\n")[0];
                        byte[] body = line.getBytes(StandardCharsets.ISO_8859_1);
                        s.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Length: " + body.length + "\r\n\r\n")
                                .getBytes(StandardCharsets.ISO_8859_1));
                        s.getOutputStream().write(body);
                        s.getOutputStream().flush();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            try (LoopbackHttpClient client = new LoopbackHttpClient("127.0.0.1", listener.getLocalPort(), 5000)) {
                assertThat(new String(client.get("/x?1").body(), StandardCharsets.ISO_8859_1)).isEqualTo("GET /x?1 HTTP/1.1");
                assertThat(new String(client.get("/x?2").body(), StandardCharsets.ISO_8859_1)).isEqualTo("GET /x?2 HTTP/1.1");
            }
            assertThat(connections.get()).isEqualTo(2);
        }
    }

    @Test
    void aRefusedConnectionIsAnIoException() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        try (LoopbackHttpClient client = new LoopbackHttpClient("127.0.0.1", port, 2000)) {
            assertThatThrownBy(() -> client.get("/")).isInstanceOf(IOException.class);
        }
    }
}
