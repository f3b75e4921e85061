package org.sitrep.nlp;

import org.sitrep.model.Span;

/**
 * One token of a sentence.
 *
 * @param index 0-based index within its sentence
 * @param span UTF-16 offsets into the article text
 * @param word the token as written
 * @param lemma dictionary form, lower case for common words
 * @param pos Penn Treebank part-of-speech tag
 * @param ner coarse named-entity tag ({@code PERSON}, {@code LOCATION}, {@code ORGANIZATION},
 *     {@code NUMBER}, …) or {@code "O"}
 */
public record Token(int index, Span span, String word, String lemma, String pos, String ner) {
    public Token {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, was " + index);
        }
        if (span == null || word == null || lemma == null || pos == null || ner == null) {
            throw new IllegalArgumentException("token fields must not be null (token " + index + ")");
        }
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }
}
