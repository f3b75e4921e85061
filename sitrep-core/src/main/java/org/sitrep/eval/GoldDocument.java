package org.sitrep.eval;

import org.sitrep.model.Article;

import java.time.LocalDate;
import java.util.List;

/**
 * One document of a gold set and the events the gold codes from it.
 *
 * @param id the document's id in the gold data (an ACLED event id, a GTD event id, a PLOVER id, an
 *     article file name), for reports
 * @param article the document as sitrep's ingest reads it: what the pipeline codes
 * @param events the gold events of this document; may be empty (a document without events)
 */
public record GoldDocument(String id, Article article, List<ReferenceEvent> events) {
    public GoldDocument {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        if (article == null) {
            throw new IllegalArgumentException("article must not be null (document " + id + ")");
        }
        events = List.copyOf(events);
    }

    public String text() {
        return article.text();
    }

    /** The publication day given to the pipeline, or null when the gold gives none. */
    public LocalDate publishedOn() {
        return article.publishedOn();
    }
}
