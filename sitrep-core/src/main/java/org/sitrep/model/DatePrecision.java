package org.sitrep.model;

/** ACLED's time precision: how exactly the event date is known. */
public enum DatePrecision {
    DAY(1), WEEK(2), MONTH(3);

    private final int acledCode;

    DatePrecision(int acledCode) {
        this.acledCode = acledCode;
    }

    /** The value ACLED writes in {@code time_precision}. */
    public int acledCode() {
        return acledCode;
    }
}
