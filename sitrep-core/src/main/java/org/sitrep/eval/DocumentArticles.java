package org.sitrep.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.IngestResult;
import org.sitrep.ingest.SourceDocument;
import org.sitrep.model.Article;
import org.sitrep.model.Issue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * Turns a gold document's text into the {@link Article} that {@code sitrep run} would read from a
 * JSON Lines file holding it as {@code {"text": ..., "published": ...}}: the text goes through
 * ingest's own JSON Lines reader, so ids, text normalization and language are exactly those of a
 * run, and nothing in the pipeline can tell an evaluated document from any other article.
 *
 * <p>Immutable and thread-safe.
 */
final class DocumentArticles {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Ingest ingest = new Ingest();

    /** Either the article or why ingest would not read one (a message that does not repeat {@code where}). */
    record Outcome(Article article, String problem) {
        /** The article; a {@link BadRow} saying why there is none. */
        Article required() throws BadRow {
            if (article == null) {
                throw new BadRow(problem);
            }
            return article;
        }
    }

    /**
     * @param where names the document to ingest ({@code "acled_2020.csv:12"})
     * @param publishedOn the publication day to give the pipeline, or null for none
     */
    Outcome article(String where, String text, LocalDate publishedOn) {
        if (text == null || text.isBlank()) {
            return new Outcome(null, "no text");
        }
        ObjectNode line = JSON.createObjectNode();
        line.put("text", text);
        if (publishedOn != null) {
            line.put("published", publishedOn.toString());
        }
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsString(line).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            return new Outcome(null, "cannot encode the text (" + e.getOriginalMessage() + ")");
        }
        IngestResult read = ingest.read(new SourceDocument(where + ".jsonl", bytes));
        if (read.articles().size() == 1) {
            return new Outcome(read.articles().get(0), null);
        }
        String why = read.issues().stream().map(Issue::message).collect(Collectors.joining("; "));
        return new Outcome(null, "ingest read no article (" + (why.isEmpty() ? "no reason given" : why) + ")");
    }
}
