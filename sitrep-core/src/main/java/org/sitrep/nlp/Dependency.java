package org.sitrep.nlp;

/**
 * A typed edge of the dependency parse, in Universal Dependencies relations as CoreNLP writes them
 * ({@code nsubj}, {@code obj}, {@code obl:in}, {@code nsubj:pass}, …).
 *
 * @param governor token index of the head, or -1 for the root
 * @param dependent token index of the dependent
 * @param relation relation name, subtype included
 */
public record Dependency(int governor, int dependent, String relation) {
    public Dependency {
        if (governor < -1 || dependent < 0 || relation == null) {
            throw new IllegalArgumentException("bad dependency " + governor + " -" + relation + "-> " + dependent);
        }
    }
}
