package org.sitrep.model;

/**
 * A sentence that reports an event.
 *
 * @param articleId the {@link Article#id()} it comes from
 * @param sentence 0-based sentence index within the article
 * @param span the sentence's UTF-16 offsets in {@link Article#text()}
 * @param text the sentence text (equal to {@code span.of(article.text())})
 */
public record Evidence(String articleId, int sentence, Span span, String text) {
    public Evidence {
        Checks.nonBlank(articleId, "articleId");
        Checks.nonNegative(sentence, "sentence");
        Checks.nonNull(span, "span");
        Checks.nonNull(text, "text");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("text length " + text.length() + " differs from span length " + span.length());
        }
    }
}
