package org.sitrep.store;

/**
 * A seam inside {@link EventStore}'s write transaction, called after an article's events are
 * written and before its evidence is. Package-private: it exists so that tests can make a save fail
 * half-way and check that the transaction leaves nothing of the article behind.
 */
@FunctionalInterface
interface WriteHook {
    WriteHook NONE = articleId -> { };

    /** Called inside the open transaction; an exception thrown here rolls the whole batch back. */
    void afterEventsWritten(String articleId);
}
