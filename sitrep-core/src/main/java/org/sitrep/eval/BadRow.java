package org.sitrep.eval;

/**
 * Why one row or entry of a gold file cannot be used; readers catch it, count the row as skipped
 * and go on. Carries no stack trace: it is an expected outcome, thrown once per bad row.
 */
final class BadRow extends Exception {
    BadRow(String message) {
        super(message, null, false, false);
    }
}
