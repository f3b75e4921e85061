package org.sitrep.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The fixture files under src/test/resources/org/sitrep/ingest, written for these tests. */
final class Fixtures {
    private Fixtures() {}

    static Path path(String name) {
        URL url = Fixtures.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("fixture missing: " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String utf8(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static SourceDocument document(String name) {
        return new SourceDocument(name, bytes(name));
    }

    static SourceDocument document(String name, String content) {
        return new SourceDocument(name, content.getBytes(StandardCharsets.UTF_8));
    }
}
