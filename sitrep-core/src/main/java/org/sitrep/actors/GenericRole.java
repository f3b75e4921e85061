package org.sitrep.actors;

/** What a generic agent noun stands for; see {@code generic-agents.tsv}. */
public enum GenericRole {
    STATE_MILITARY, STATE_POLICE, ARMED_GROUP, GANG, PROTESTERS, RIOTERS, CIVILIANS
}
