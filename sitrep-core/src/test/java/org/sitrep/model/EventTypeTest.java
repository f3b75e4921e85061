package org.sitrep.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The taxonomy table's PLOVER column agrees with its CAMEO column where the two codebooks agree. */
class EventTypeTest {
    @Test
    void artilleryAndAerialWeaponsAreFightBombsAndAttacksOnCiviliansAreAssault() {
        assertThat(EventType.SHELLING_ARTILLERY_MISSILE.ploverType()).isEqualTo("FIGHT");
        assertThat(EventType.AIR_DRONE_STRIKE.ploverType()).isEqualTo("FIGHT");
        for (EventType t : EventType.values()) {
            if (t.cameoRoot().equals("18")) {
                assertThat(t.ploverType()).as(t.acledName()).isEqualTo("ASSAULT");
            }
        }
        assertThat(EventType.ARRESTS.ploverType()).isEqualTo("COERCE");
    }
}
