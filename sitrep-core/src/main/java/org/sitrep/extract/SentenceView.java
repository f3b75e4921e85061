package org.sitrep.extract;

import org.sitrep.actors.ActorMention;
import org.sitrep.nlp.Sentence;

import java.util.List;

/** One sentence with what the coder found in it before coding: its parse, named actors and place names. */
record SentenceView(Sentence sentence, Graph g, List<ActorMention> actors, List<Toponym> toponyms) {
    ActorMention actorAt(int token) {
        for (ActorMention m : actors) {
            if (m.covers(token)) {
                return m;
            }
        }
        return null;
    }

    Toponym toponymAt(int token) {
        for (Toponym t : toponyms) {
            if (token >= t.startToken() && token < t.endToken()) {
                return t;
            }
        }
        return null;
    }
}
