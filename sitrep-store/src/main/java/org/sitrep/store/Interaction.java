package org.sitrep.store;

/**
 * Events in which one actor acted upon another: an edge of the actor network.
 *
 * @param source actor1's name
 * @param target actor2's name
 * @param count events with this actor1 and actor2, {@code >= 1}
 */
public record Interaction(String source, String target, long count) {}
