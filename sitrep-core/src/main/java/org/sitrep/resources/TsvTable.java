package org.sitrep.resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated knowledge files (actors, triggers, instruments): UTF-8, one row a line,
 * blank lines and lines starting with {@code #} skipped, every row exactly the expected number of
 * columns. Stateless; thread-safe.
 */
public final class TsvTable {
    private TsvTable() {}

    /**
     * The rows of a table, each split on tabs. Closes {@code in}.
     *
     * @param source the name used in error messages (a resource or file name)
     * @throws IllegalArgumentException naming {@code source:line} when a row has the wrong number of columns
     * @throws UncheckedIOException when the table cannot be read
     */
    public static List<String[]> read(Reader in, String source, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(in)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != columns) {
                    throw new IllegalArgumentException(source + ":" + n + ": expected " + columns
                            + " tab-separated columns, found " + cols.length);
                }
                rows.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return rows;
    }

    /**
     * A bundled resource as a UTF-8 reader.
     *
     * @param path absolute classpath path, e.g. {@code /org/sitrep/actors/actors.tsv}
     * @throws IllegalStateException when the resource is missing from the build
     */
    public static Reader resource(String path) {
        InputStream in = TsvTable.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing bundled resource " + path);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
