package org.sitrep.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.IngestResult;
import org.sitrep.model.Issue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads sitrep's own gold ({@code *.events.jsonl}, the layout of {@code ../shared/gold} and
 * {@code samples/}: one JSON object a line with {@code doc}, {@code event_type},
 * {@code sub_event_type}, {@code plover}, {@code actor1}, {@code actor2}, {@code fatalities},
 * {@code injured}, {@code arrested}, {@code admin1}, {@code date}, {@code evidence}, and optionally
 * {@code latitude}/{@code longitude}) together with the articles it codes.
 *
 * <p>{@code doc} names an article file in the articles directory; that file is read with
 * {@link Ingest}, as {@code sitrep run} reads it, and must give one article. The documents are the
 * articles the gold names, in order of first mention; each carries the gold events naming it.
 *
 * <p>A field is scored when its key is present; for {@code actor1}, {@code actor2} and
 * {@code admin1} a JSON null then means "none" (see {@link ReferenceEvent}). {@code event_type}
 * defaults to the type of {@code sub_event_type}.
 *
 * <p>A line that is not a JSON object, lacks {@code doc}, or holds an unknown type or an unreadable
 * value is skipped and reported; so are the gold events of an article that cannot be read.
 * Stateless and thread-safe.
 */
public final class GoldJsonlReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUFFIX = ".events.jsonl";
    private final Ingest ingest = new Ingest();

    /**
     * @param gold a gold file, or a directory whose {@code *.events.jsonl} files are read in name order
     * @param articles the directory holding the articles the gold names; null for the gold file's
     *     directory (or the gold directory itself)
     * @throws GoldFormatException when a gold directory holds no {@code *.events.jsonl} file
     * @throws IOException when a gold file cannot be read
     */
    public GoldSet read(Path gold, Path articles) throws IOException {
        List<Path> files;
        Path articleDir = articles;
        if (Files.isDirectory(gold)) {
            try (Stream<Path> s = Files.list(gold)) {
                files = s.filter(p -> String.valueOf(p.getFileName()).toLowerCase(Locale.ROOT).endsWith(SUFFIX)).sorted().toList();
            }
            if (files.isEmpty()) {
                throw new GoldFormatException(gold + ": no *" + SUFFIX + " gold files in this directory");
            }
            articleDir = articleDir == null ? gold : articleDir;
        } else {
            files = List.of(gold);
            Path parent = gold.toAbsolutePath().getParent();
            articleDir = articleDir == null ? (parent == null ? Path.of(".") : parent) : articleDir;
        }
        GoldSet.Collector out = new GoldSet.Collector();
        Map<String, List<ReferenceEvent>> byDoc = new LinkedHashMap<>();
        for (Path file : files) {
            readGoldFile(file, byDoc, out);
        }
        for (Map.Entry<String, List<ReferenceEvent>> e : byDoc.entrySet()) {
            addDocument(articleDir, e.getKey(), e.getValue(), out);
        }
        return out.build();
    }

    private static void readGoldFile(Path file, Map<String, List<ReferenceEvent>> byDoc, GoldSet.Collector out) throws IOException {
        String name = String.valueOf(file.getFileName());
        // A decoder that replaces bad bytes: one broken line must not cost the whole file.
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            int lineNo = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String where = name + ":" + lineNo;
                try {
                    JsonNode n = parse(line);
                    String doc = string(n, "doc");
                    if (doc == null || doc.isBlank()) {
                        throw new BadRow("no \"doc\"");
                    }
                    if (doc.contains("/") || doc.contains("\\") || doc.equals("..")) {
                        throw new BadRow("\"doc\" must be a file name in the articles directory, was '" + doc + "'");
                    }
                    byDoc.computeIfAbsent(doc.strip(), d -> new ArrayList<>()).add(event(n, where));
                } catch (BadRow e) {
                    out.skip(where + ": " + e.getMessage());
                }
            }
        }
    }

    private void addDocument(Path articleDir, String doc, List<ReferenceEvent> events, GoldSet.Collector out) {
        Path path = articleDir.resolve(doc);
        String why;
        if (!Files.isRegularFile(path)) {
            why = "no article file " + path;
        } else {
            IngestResult read = ingest.read(List.of(path));
            if (read.articles().size() == 1) {
                out.add(new GoldDocument(doc, read.articles().get(0), events));
                return;
            }
            why = read.articles().isEmpty()
                    ? "article " + path + " cannot be read (" + read.issues().stream().map(Issue::message).collect(Collectors.joining("; ")) + ")"
                    : "article file " + path + " holds " + read.articles().size() + " articles; a gold doc must be one article";
        }
        out.skip(events.size(), doc + ": " + why + "; its " + events.size() + " gold event(s) skipped");
    }

    private static JsonNode parse(String line) throws BadRow {
        try {
            JsonNode n = JSON.readTree(line);
            if (n == null || !n.isObject()) {
                throw new BadRow("not a JSON object");
            }
            return n;
        } catch (JsonProcessingException e) {
            throw new BadRow("invalid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private static ReferenceEvent event(JsonNode n, String where) throws BadRow {
        String plover = string(n, "plover");
        return ReferenceEvent.builder(where)
                .eventType(GoldValues.eventType(string(n, "event_type")))
                .subEventType(GoldValues.subEventType(string(n, "sub_event_type")))
                .ploverType(plover == null ? null : plover.toUpperCase(Locale.ROOT))
                .actor1(name(n, "actor1"))
                .actor2(name(n, "actor2"))
                .admin1(name(n, "admin1"))
                .location(GoldValues.latLon(string(n, "latitude"), string(n, "longitude")))
                .date(GoldValues.date(string(n, "date"), "date"))
                .fatalities(GoldValues.count(string(n, "fatalities"), "fatalities"))
                .injured(GoldValues.count(string(n, "injured"), "injured"))
                .arrested(GoldValues.count(string(n, "arrested"), "arrested"))
                .evidence(string(n, "evidence"))
                .build();
    }

    /** A scalar field as text (numbers too); null when absent or JSON null. */
    private static String string(JsonNode n, String field) throws BadRow {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw new BadRow("\"" + field + "\" is not a string or a number");
        }
        return v.asText();
    }

    /** A name: null when the key is absent (not scored), "" when it is JSON null (none). */
    private static String name(JsonNode n, String field) throws BadRow {
        if (!n.has(field)) {
            return null;
        }
        String v = string(n, field);
        return v == null ? "" : v;
    }
}
