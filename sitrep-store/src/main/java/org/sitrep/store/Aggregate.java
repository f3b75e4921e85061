package org.sitrep.store;

/**
 * One group of {@link EventStore#aggregate}.
 *
 * @param key the group's value (a day as {@code YYYY-MM-DD}, a province, a sub-event type label or
 *     an actor name), or null for events without one
 * @param count events in the group, {@code >= 1}
 * @param fatalities sum of the group's fatalities, {@code >= 0}
 */
public record Aggregate(String key, long count, long fatalities) {}
