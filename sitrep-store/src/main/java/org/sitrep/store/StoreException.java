package org.sitrep.store;

/**
 * A database operation of the {@link EventStore} failed: the file could not be opened, the schema
 * is of an unknown version, or a statement failed. The message says which operation; the cause is
 * the underlying {@link java.sql.SQLException} when there is one.
 */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
