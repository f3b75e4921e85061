package org.sitrep.nlp;

import java.util.List;

/**
 * Decides from a sentence's lemmas (lower case, in order) whether it needs the expensive layers —
 * named entities and the dependency parse. Sentences it rejects keep tokens, lemmas and POS tags
 * but get no entities ({@code "O"}) and no dependencies. Implementations are thread-safe.
 */
@FunctionalInterface
public interface ParseSelector {
    /** Parses every sentence. */
    ParseSelector ALL = lemmas -> true;

    boolean needsParse(List<String> lemmas);
}
