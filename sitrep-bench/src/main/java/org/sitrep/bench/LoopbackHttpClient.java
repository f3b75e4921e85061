package org.sitrep.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal HTTP/1.1 client for the latency bench: GET requests over one keep-alive connection,
 * blocking, in the calling thread, so that the load generator costs little of the CPU it shares
 * with the server (as {@code wrk} or {@code ab} would, from another process). It reads bodies
 * framed by {@code Content-Length} or {@code Transfer-Encoding: chunked}, reconnects when the
 * server closes the connection, and asks for no compression. Not a general client: no TLS, no
 * redirects, no trailers kept.
 *
 * <p>Not thread-safe: one instance per client thread. Close it to close the connection.
 */
final class LoopbackHttpClient implements AutoCloseable {
    /** A response: status code and body bytes. */
    record Response(int status, byte[] body) {}

    private final String host;
    private final int port;
    private final int timeoutMillis;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    /**
     * @param timeoutMillis connect and read timeout, milliseconds
     */
    LoopbackHttpClient(String host, int port, int timeoutMillis) {
        if (host == null || port < 1 || port > 65535 || timeoutMillis < 1) {
            throw new IllegalArgumentException("need a host, a port in 1..65535 and a positive timeout");
        }
        this.host = host;
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * Sends {@code GET pathAndQuery} and reads the whole response. A connection the server closed
     * while idle is reopened once and the request sent again (GET is idempotent).
     *
     * @param pathAndQuery the request target, already URL-encoded, starting with {@code /}
     * @throws IOException if the request cannot be sent or the response is malformed
     */
    Response get(String pathAndQuery) throws IOException {
        boolean reused = socket != null;
        try {
            return exchange(pathAndQuery);
        } catch (IOException e) {
            close();
            if (!reused) {
                throw e;
            }
            return exchange(pathAndQuery);
        }
    }

    private Response exchange(String pathAndQuery) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            out = socket.getOutputStream();
        }
        out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        String statusLine = line();
        if (statusLine == null) {
            throw new IOException("connection closed before the response");
        }
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x status line: " + statusLine);
        }
        int status;
        try {
            status = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IOException("bad status code in: " + statusLine, e);
        }
        long length = -1;
        boolean chunked = false;
        boolean closeAfter = false;
        for (String header = line(); header != null && !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            if (colon < 0) {
                throw new IOException("malformed header: " + header);
            }
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closeAfter = value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        byte[] body;
        if (chunked) {
            body = chunkedBody();
        } else if (length >= 0) {
            body = in.readNBytes(Math.toIntExact(length));
            if (body.length != length) {
                throw new IOException("body ended after " + body.length + " of " + length + " bytes");
            }
        } else {
            body = in.readAllBytes();
            closeAfter = true;
        }
        if (closeAfter) {
            close();
        }
        return new Response(status, body);
    }

    private byte[] chunkedBody() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = line();
            if (sizeLine == null) {
                throw new IOException("connection closed inside a chunked body");
            }
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            if (size == 0) {
                // Trailers, if any, end with an empty line.
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                    // not kept
                }
                return body.toByteArray();
            }
            byte[] chunk = in.readNBytes(size);
            if (chunk.length != size) {
                throw new IOException("connection closed inside a chunk");
            }
            body.write(chunk);
            line(); // the CRLF after the chunk
        }
    }

    /** One line without its CRLF (or LF); null at the end of the stream. Header bytes are ISO-8859-1. */
    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) b);
        }
        return line.length() == 0 ? null : line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing a loopback socket: nothing to recover
            }
        }
        socket = null;
        in = null;
        out = null;
    }
}
