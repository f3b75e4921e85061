package org.sitrep.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.SourceDocument;
import org.sitrep.model.Article;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the body of {@code POST /api/articles} (one object {@code {"text", "url"?, "title"?,
 * "published"?}} or an array of 1..{@value #MAX_ARTICLES} of them) into articles, through the same
 * ingest as {@code sitrep run} reads JSON Lines with (so ids, language and text normalization are
 * the same). Thread-safe.
 */
final class ArticleSubmissions {
    /** The most articles one request may carry. */
    static final int MAX_ARTICLES = 100;

    private final ObjectMapper mapper;
    private final Ingest ingest = new Ingest();

    ArticleSubmissions(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The articles of {@code body}, in order.
     *
     * @throws BadParameterException naming {@code body}, {@code text}, {@code url}, {@code title}
     *     or {@code published} when the body is not as documented
     */
    List<Article> read(String body) {
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? null : mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadParameterException("body", "the body must be a JSON object or array of objects");
        }
        List<JsonNode> items = new ArrayList<>();
        if (root != null && root.isObject()) {
            items.add(root);
        } else if (root != null && root.isArray()) {
            root.forEach(items::add);
        } else {
            throw new BadParameterException("body", "the body must be a JSON object or array of objects");
        }
        if (items.isEmpty() || items.size() > MAX_ARTICLES) {
            throw new BadParameterException("body", "the body must hold 1 to " + MAX_ARTICLES + " articles");
        }
        StringBuilder lines = new StringBuilder();
        for (JsonNode item : items) {
            lines.append(line(item)).append('\n');
        }
        IngestResult read = ingest.read(new SourceDocument("api.jsonl", lines.toString().getBytes(StandardCharsets.UTF_8)));
        if (read.articles().size() != items.size()) {
            String why = read.issues().isEmpty() ? "an article could not be read" : read.issues().get(0).message();
            throw new BadParameterException("body", why);
        }
        return read.articles();
    }

    /** One validated JSON Lines record for the ingest. */
    private String line(JsonNode item) {
        if (!item.isObject()) {
            throw new BadParameterException("body", "every article must be a JSON object");
        }
        JsonNode text = item.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            throw new BadParameterException("text", "text is required: a non-blank string");
        }
        ObjectNode out = mapper.createObjectNode();
        out.put("text", text.asText());
        String url = optionalString(item, "url");
        if (url != null) {
            try {
                URI uri = new URI(url);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                    throw new BadParameterException("url", "url must be an http or https URL");
                }
            } catch (URISyntaxException e) {
                throw new BadParameterException("url", "url must be an http or https URL");
            }
            out.put("url", url);
        }
        String title = optionalString(item, "title");
        if (title != null) {
            out.put("title", title);
        }
        String published = optionalString(item, "published");
        if (published != null) {
            try {
                out.put("published", LocalDate.parse(published).toString());
            } catch (DateTimeParseException e) {
                throw new BadParameterException("published", "published must be a date YYYY-MM-DD");
            }
        }
        try {
            return mapper.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree built here", e);
        }
    }

    private static String optionalString(JsonNode item, String field) {
        JsonNode value = item.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadParameterException(field, field + " must be a string");
        }
        return value.asText().isBlank() ? null : value.asText();
    }
}
