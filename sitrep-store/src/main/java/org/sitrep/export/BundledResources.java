package org.sitrep.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the tables bundled in this package's resources. */
final class BundledResources {
    private BundledResources() {}

    /**
     * The lines of the UTF-8 resource {@code name} next to this class.
     *
     * @throws IllegalStateException if the resource is missing (a broken build, not bad input)
     */
    static List<String> lines(String name) {
        try (InputStream in = BundledResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource org/sitrep/export/" + name);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + name, e);
        }
    }
}
