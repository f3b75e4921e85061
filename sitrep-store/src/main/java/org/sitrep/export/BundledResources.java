package org.sitrep.export;

import org.sitrep.resources.TsvTable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
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
        try (BufferedReader in = new BufferedReader(TsvTable.resource("/org/sitrep/export/" + name))) {
            return in.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + name, e);
        }
    }
}
