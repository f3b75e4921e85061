package org.sitrep.model;

/** Argument checks shared by the records' compact constructors. */
final class Checks {
    private Checks() {}

    static String nonBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank, was " + (value == null ? "null" : "'" + value + "'"));
        }
        return value;
    }

    static <T> T nonNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    static int nonNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, was " + value);
        }
        return value;
    }

    /** Blank optional strings become null so that "absent" has one representation. */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
