package org.sitrep.extract;

/** What a trigger word says happened, before the actors and means decide the ACLED type. */
public enum TriggerClass {
    ARREST, KILL, DIE, INJURE, ATTACK, CLASH, KIDNAP, EXPLODE, STRIKE, SHELL, DEPLOY, PROTEST, SEIZE, INTERVENE,
    /** Property looted, torched or vandalised. */
    DESTROY;

    /** Triggers that report casualties of an event rather than an event of their own when attached to one. */
    boolean casualty() {
        return this == KILL || this == DIE || this == INJURE;
    }
}
