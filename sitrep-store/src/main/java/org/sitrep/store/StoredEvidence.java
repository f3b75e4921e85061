package org.sitrep.store;

import org.sitrep.model.Span;

import java.net.URI;

/**
 * One evidence sentence of a stored event, with what the store knows of its article.
 *
 * @param articleId id of the article the sentence comes from
 * @param sentence 0-based sentence index within the article
 * @param span the sentence's UTF-16 offsets in the article text
 * @param text the sentence text (untrusted web text: render escaped)
 * @param articleUrl the article's URL, or null when unknown or the article is not stored
 * @param articleSource the article's outlet, or null
 * @param articleTitle the article's headline, or null
 */
public record StoredEvidence(String articleId, int sentence, Span span, String text,
                             String articleUrl, String articleSource, String articleTitle) {
    public StoredEvidence {
        if (articleId == null || articleId.isBlank()) {
            throw new IllegalArgumentException("articleId must not be blank");
        }
        if (sentence < 0) {
            throw new IllegalArgumentException("sentence must be >= 0, was " + sentence);
        }
        if (span == null || text == null) {
            throw new IllegalArgumentException("span and text must not be null");
        }
    }

    /**
     * The outlet that published the sentence: the article's source, else its URL's host, else its
     * URL; null when the article is unknown to the store.
     */
    public String outlet() {
        if (articleSource != null) {
            return articleSource;
        }
        if (articleUrl == null) {
            return null;
        }
        try {
            String host = URI.create(articleUrl).getHost();
            return host == null || host.isBlank() ? articleUrl : host;
        } catch (IllegalArgumentException malformed) {
            // A URL that is not a valid URI still names where the text came from.
            return articleUrl;
        }
    }
}
