package org.sitrep.actors;

import org.sitrep.model.Actor;

/**
 * A named actor found in a sentence.
 *
 * @param startToken index of the first token of the alias
 * @param endToken index one past the last token
 * @param actor the canonical actor the alias names
 */
public record ActorMention(int startToken, int endToken, Actor actor) {
    public ActorMention {
        if (startToken < 0 || endToken <= startToken || actor == null) {
            throw new IllegalArgumentException("bad actor mention [" + startToken + ", " + endToken + ") " + actor);
        }
    }

    public boolean covers(int token) {
        return token >= startToken && token < endToken;
    }
}
