package org.sitrep.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sections of {@code corpus/templates.txt}: named lists of lines (templates, theatres, names).
 * Immutable; read once per generator.
 */
final class CorpusTemplates {
    private static final String RESOURCE = "corpus/templates.txt";

    private final Map<String, List<String>> sections;

    private CorpusTemplates(Map<String, List<String>> sections) {
        this.sections = sections;
    }

    /** The bundled templates. */
    static CorpusTemplates bundled() {
        try (InputStream in = CorpusTemplates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static CorpusTemplates parse(String text) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") && !line.startsWith("## ")) {
                continue;
            }
            if (line.startsWith("## ")) {
                current = new ArrayList<>();
                sections.put(line.substring(3).strip(), current);
            } else if (current == null) {
                throw new IllegalArgumentException("template line before any section: " + line);
            } else {
                current.add(line);
            }
        }
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        sections.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new CorpusTemplates(Map.copyOf(frozen));
    }

    /** The lines of {@code section}. @throws IllegalArgumentException if there is no such section or it is empty */
    List<String> section(String section) {
        List<String> lines = sections.get(section);
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("no template section '" + section + "'");
        }
        return lines;
    }
}
