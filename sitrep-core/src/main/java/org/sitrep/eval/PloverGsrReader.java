package org.sitrep.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitrep.model.Article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads the PLOVER gold-standard records (OEDA's {@code PLOVER_GSR} JSON): one JSON array of
 * objects, each with an {@code event} (a PLOVER event type) and a {@code text} (one sentence). One
 * entry is one document with one gold event whose only scored field is the PLOVER type; sitrep's
 * prediction is scored by {@link org.sitrep.model.EventType#ploverType()}. Entries whose event is
 * {@code DOCUMENT} document the file and are passed over. No publication date is given: the
 * entries' {@code date} is a placeholder.
 *
 * <p>An entry that is not an object, or lacks the event or the text, is skipped and reported.
 * Stateless and thread-safe.
 */
public final class PloverGsrReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DocumentArticles articles = new DocumentArticles();

    /**
     * @throws GoldFormatException when the file is not a JSON array
     * @throws IOException when the file cannot be read
     */
    public GoldSet read(Path file) throws IOException {
        String name = String.valueOf(file.getFileName());
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new GoldFormatException(file + ": not PLOVER gold JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw new GoldFormatException(file + ": not PLOVER gold JSON: expected a JSON array of records");
        }
        GoldSet.Collector out = new GoldSet.Collector();
        for (int i = 0; i < root.size(); i++) {
            String where = name + "[" + i + "]";
            JsonNode entry = root.get(i);
            try {
                GoldDocument document = document(entry, where);
                if (document != null) {
                    out.add(document);
                }
            } catch (BadRow e) {
                out.skip(where + ": " + e.getMessage());
            }
        }
        return out.build();
    }

    /** The entry's document, or null for a {@code DOCUMENT} entry. */
    private GoldDocument document(JsonNode entry, String where) throws BadRow {
        if (entry == null || !entry.isObject()) {
            throw new BadRow("not a JSON object");
        }
        String event = text(entry, "event");
        if (event == null || event.isBlank()) {
            throw new BadRow("no \"event\"");
        }
        String type = event.strip().toUpperCase(Locale.ROOT);
        if (type.equals("DOCUMENT")) {
            return null;
        }
        String id = text(entry, "id");
        String ref = id == null || id.isBlank() ? where : where + " " + id;
        Article article = articles.article(where, text(entry, "text"), null).required();
        ReferenceEvent gold = ReferenceEvent.builder(ref).ploverType(type).build();
        return new GoldDocument(id == null || id.isBlank() ? where : id, article, List.of(gold));
    }

    private static String text(JsonNode node, String field) throws BadRow {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new BadRow("\"" + field + "\" is not a string");
        }
        return v.textValue();
    }
}
