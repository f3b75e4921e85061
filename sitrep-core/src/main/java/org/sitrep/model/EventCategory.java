package org.sitrep.model;

/** ACLED's six event types. */
public enum EventCategory {
    BATTLES("Battles"),
    EXPLOSIONS_REMOTE_VIOLENCE("Explosions/Remote violence"),
    VIOLENCE_AGAINST_CIVILIANS("Violence against civilians"),
    PROTESTS("Protests"),
    RIOTS("Riots"),
    STRATEGIC_DEVELOPMENTS("Strategic developments");

    private final String acledName;

    EventCategory(String acledName) {
        this.acledName = acledName;
    }

    /** The label ACLED writes in its {@code event_type} column. */
    public String acledName() {
        return acledName;
    }
}
