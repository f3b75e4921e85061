package org.sitrep.nlp;

import org.sitrep.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence with its tokens and dependency parse.
 *
 * @param index 0-based sentence index within the article
 * @param span UTF-16 offsets into the article text
 * @param tokens tokens in order; {@code tokens.get(i).index() == i}
 * @param dependencies parse edges; empty when the backend did not parse this sentence
 */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).index() != i) {
                throw new IllegalArgumentException("token " + i + " has index " + tokens.get(i).index());
            }
        }
    }

    /** Edges whose governor is {@code token}. */
    public List<Dependency> children(int token) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == token) {
                out.add(d);
            }
        }
        return out;
    }

    /** The edge that attaches {@code token} to its head, or null for the root or an unparsed sentence. */
    public Dependency head(int token) {
        for (Dependency d : dependencies) {
            if (d.dependent() == token) {
                return d;
            }
        }
        return null;
    }

    /** The sentence text, given the article text its spans point into. */
    public String text(String articleText) {
        return span.of(articleText);
    }
}
