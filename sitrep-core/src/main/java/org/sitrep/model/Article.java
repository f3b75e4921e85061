package org.sitrep.model;

import java.time.LocalDate;

/**
 * One news article as read by ingest: the body text that every {@link Span} points into, plus what
 * is known of where it came from.
 *
 * @param id stable id: a hash of the canonical URL, else of the normalized text (see {@code ingest.ArticleIds})
 * @param url canonical URL, or null
 * @param source outlet name or host, or null
 * @param title headline, or null; not part of {@code text}
 * @param publishedOn publication day, or null when the page does not state it
 * @param language ISO 639-1 code, e.g. {@code "en"}
 * @param text body text, paragraphs separated by a blank line; never null
 */
public record Article(String id, String url, String source, String title, LocalDate publishedOn, String language, String text) {
    public Article {
        Checks.nonBlank(id, "id");
        Checks.nonBlank(language, "language");
        Checks.nonNull(text, "text");
        url = Checks.blankToNull(url);
        source = Checks.blankToNull(source);
        title = Checks.blankToNull(title);
    }
}
