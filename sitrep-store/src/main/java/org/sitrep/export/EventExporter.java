package org.sitrep.export;

import org.sitrep.store.StoredEvent;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes events in one file format. Implementations write the events in the order given, do not
 * close {@code out} (the caller owns it) and are thread-safe.
 */
@FunctionalInterface
public interface EventExporter {
    /** Writes {@code events} to {@code out}; an empty list still gives a valid document (a header, an empty collection). */
    void write(List<StoredEvent> events, Writer out) throws IOException;
}
