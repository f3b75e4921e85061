package org.sitrep.extract;

import java.util.List;

/**
 * A trigger with its arguments, as token indices of its sentence.
 *
 * @param agent who acted, or null
 * @param patients who or what was acted upon (several for coordinated objects), possibly none
 * @param nominal the trigger is a noun ("an attack by X on Y"), not a verb
 */
/** A trigger with its arguments. */
record Trig(int token, TriggerClass cls, Integer agent, List<Integer> patients, boolean nominal) {
    Trig {
        patients = List.copyOf(patients);
    }

    Integer patient() {
        return patients.isEmpty() ? null : patients.get(0);
    }

    static List<Integer> listOf(Integer i) {
        return i == null ? List.of() : List.of(i);
    }
}
