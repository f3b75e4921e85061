package org.sitrep.store;

/**
 * What {@link EventStore#queryIndexInfo} reports of the in-memory query index.
 *
 * @param events events indexed, {@code >= 0}
 * @param buildMillis wall milliseconds its build took (reading the events and filling the arrays)
 * @param estimatedBytes an estimate of the heap it holds, in bytes (arrays and id strings)
 */
public record QueryIndexInfo(int events, long buildMillis, long estimatedBytes) {}
