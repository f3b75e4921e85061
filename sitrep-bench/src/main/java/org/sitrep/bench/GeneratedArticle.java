package org.sitrep.bench;

import java.time.LocalDate;

/**
 * One article of a generated benchmark corpus.
 *
 * @param url a unique http(s) URL on an invented host
 * @param title the headline
 * @param published the publication date
 * @param topic what the article is about
 * @param text the body: paragraphs separated by blank lines
 */
public record GeneratedArticle(String url, String title, LocalDate published, CorpusGenerator.Topic topic, String text) {
    public GeneratedArticle {
        if (url == null || title == null || published == null || topic == null || text == null) {
            throw new IllegalArgumentException("every field is required");
        }
    }

    /** Words separated by white space in title and text (about 0.9 of CoreNLP's token count). */
    public int words() {
        return (title + " " + text).strip().split("\\s+").length;
    }
}
