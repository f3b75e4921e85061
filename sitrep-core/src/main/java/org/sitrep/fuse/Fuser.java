package org.sitrep.fuse;

import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;

import java.util.List;

/** Merges the mentions of one article into events. Thread-safe. */
@FunctionalInterface
public interface Fuser {
    List<Event> fuse(Article article, List<EventMention> mentions);
}
