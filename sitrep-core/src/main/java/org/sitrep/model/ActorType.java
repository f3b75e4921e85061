package org.sitrep.model;

/** ACLED's actor families, with the "inter" code ACLED writes in its {@code inter1}/{@code inter2} columns. */
public enum ActorType {
    STATE_FORCES(1),
    REBEL_GROUP(2),
    POLITICAL_MILITIA(3),
    IDENTITY_MILITIA(4),
    RIOTERS(5),
    PROTESTERS(6),
    CIVILIANS(7),
    EXTERNAL(8);

    private final int interCode;

    ActorType(int interCode) {
        this.interCode = interCode;
    }

    public int interCode() {
        return interCode;
    }

    /** True for actors that carry arms as organisations: a fight between two of them is a battle. */
    public boolean armed() {
        return interCode <= 4 || this == EXTERNAL;
    }
}
