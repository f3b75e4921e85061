package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the text resources bundled in {@code org/sitrep/geo/}. */
final class GeoResources {
    private GeoResources() {}

    /**
     * The lines of a bundled UTF-8 resource.
     *
     * @throws IllegalStateException when the resource is missing (a broken build, not bad data)
     * @throws UncheckedIOException when it cannot be read
     */
    static List<String> lines(String name) {
        try (InputStream in = GeoResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource org/sitrep/geo/" + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + name, e);
        }
    }
}
