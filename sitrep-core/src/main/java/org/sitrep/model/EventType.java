package org.sitrep.model;

import java.util.Locale;
import java.util.Optional;

import static org.sitrep.model.EventCategory.*;

/**
 * ACLED's 25 sub-event types, each with its event type, the PLOVER event type and default mode,
 * and the CAMEO root and event code. This is the one table of the taxonomy; every export reads it from here.
 *
 * <p>PLOVER modes are defaults for the sub-event type; an extractor may know better (e.g. an
 * armed clash fought with artillery) but sitrep does not yet refine them.
 *
 * <p>PLOVER types: artillery and aerial weapons are conventional military force, PLOVER's FIGHT
 * (CAMEO 194 and 195, both under CAMEO's root 19 "Fight"); bombs, suicide attacks, grenades,
 * attacks on civilians, abductions and sexual violence are ASSAULT (CAMEO root 18). Battles stay
 * ASSAULT, as the seeds' gold codes an insurgents' attack on a border post, though CAMEO puts
 * battles under root 19.
 */
public enum EventType {
    ARMED_CLASH(BATTLES, "Armed clash", "ASSAULT", "firearms", "19", "190"),
    GOVERNMENT_REGAINS_TERRITORY(BATTLES, "Government regains territory", "ASSAULT", "firearms", "19", "192"),
    NON_STATE_ACTOR_OVERTAKES_TERRITORY(BATTLES, "Non-state actor overtakes territory", "ASSAULT", "firearms", "19", "192"),
    CHEMICAL_WEAPON(EXPLOSIONS_REMOTE_VIOLENCE, "Chemical weapon", "ASSAULT", "wmd", "20", "2041"),
    AIR_DRONE_STRIKE(EXPLOSIONS_REMOTE_VIOLENCE, "Air/drone strike", "FIGHT", "aerial", "19", "195"),
    SUICIDE_BOMB(EXPLOSIONS_REMOTE_VIOLENCE, "Suicide bomb", "ASSAULT", "explosives", "18", "1831"),
    SHELLING_ARTILLERY_MISSILE(EXPLOSIONS_REMOTE_VIOLENCE, "Shelling/artillery/missile attack", "FIGHT", "explosives", "19", "194"),
    REMOTE_EXPLOSIVE(EXPLOSIONS_REMOTE_VIOLENCE, "Remote explosive/landmine/IED", "ASSAULT", "explosives", "18", "183"),
    GRENADE(EXPLOSIONS_REMOTE_VIOLENCE, "Grenade", "ASSAULT", "explosives", "18", "183"),
    SEXUAL_VIOLENCE(VIOLENCE_AGAINST_CIVILIANS, "Sexual violence", "ASSAULT", "sexual", "18", "1821"),
    ATTACK(VIOLENCE_AGAINST_CIVILIANS, "Attack", "ASSAULT", "firearms", "18", "180"),
    ABDUCTION(VIOLENCE_AGAINST_CIVILIANS, "Abduction/forced disappearance", "ASSAULT", "abduct", "18", "181"),
    PEACEFUL_PROTEST(PROTESTS, "Peaceful protest", "PROTEST", "demo", "14", "141"),
    PROTEST_WITH_INTERVENTION(PROTESTS, "Protest with intervention", "PROTEST", "demo", "14", "141"),
    EXCESSIVE_FORCE_AGAINST_PROTESTERS(PROTESTS, "Excessive force against protesters", "ASSAULT", "firearms", "18", "180"),
    VIOLENT_DEMONSTRATION(RIOTS, "Violent demonstration", "PROTEST", "riot", "14", "145"),
    MOB_VIOLENCE(RIOTS, "Mob violence", "ASSAULT", "primitive", "18", "180"),
    AGREEMENT(STRATEGIC_DEVELOPMENTS, "Agreement", "AGREE", "", "05", "057"),
    ARRESTS(STRATEGIC_DEVELOPMENTS, "Arrests", "COERCE", "arrest", "17", "173"),
    CHANGE_TO_GROUP_ACTIVITY(STRATEGIC_DEVELOPMENTS, "Change to group/activity", "MOBILIZE", "troops", "15", "150"),
    DISRUPTED_WEAPONS_USE(STRATEGIC_DEVELOPMENTS, "Disrupted weapons use", "COERCE", "seize", "17", "1711"),
    HEADQUARTERS_OR_BASE_ESTABLISHED(STRATEGIC_DEVELOPMENTS, "Headquarters or base established", "MOBILIZE", "troops", "15", "150"),
    LOOTING_PROPERTY_DESTRUCTION(STRATEGIC_DEVELOPMENTS, "Looting/property destruction", "COERCE", "seize", "17", "171"),
    NON_VIOLENT_TRANSFER_OF_TERRITORY(STRATEGIC_DEVELOPMENTS, "Non-violent transfer of territory", "CONCEDE", "", "08", "087"),
    OTHER(STRATEGIC_DEVELOPMENTS, "Other", "CONSULT", "", "01", "010");

    private final EventCategory category;
    private final String acledName;
    private final String ploverType;
    private final String ploverMode;
    private final String cameoRoot;
    private final String cameoCode;

    EventType(EventCategory category, String acledName, String ploverType, String ploverMode, String cameoRoot,
              String cameoCode) {
        if (!cameoCode.startsWith(cameoRoot) || cameoCode.length() < 3 || cameoCode.length() > 4) {
            throw new IllegalArgumentException(acledName + ": CAMEO code " + cameoCode + " is not a code under root " + cameoRoot);
        }
        this.category = category;
        this.acledName = acledName;
        this.ploverType = ploverType;
        this.ploverMode = ploverMode;
        this.cameoRoot = cameoRoot;
        this.cameoCode = cameoCode;
    }

    public EventCategory category() {
        return category;
    }

    /** The label ACLED writes in its {@code sub_event_type} column. */
    public String acledName() {
        return acledName;
    }

    public String ploverType() {
        return ploverType;
    }

    /** PLOVER mode, or the empty string where PLOVER defines none for this kind of event. */
    public String ploverMode() {
        return ploverMode;
    }

    /** Two-digit CAMEO root code. */
    public String cameoRoot() {
        return cameoRoot;
    }

    /**
     * The CAMEO event code (3 or 4 digits, under {@link #cameoRoot()}) that best names the
     * sub-event type as a whole, e.g. {@code 195} "employ aerial weapons" for an air/drone strike,
     * {@code 173} "arrest, detain" for arrests; a general code ({@code 180}, {@code 190}) where
     * CAMEO has no closer one. Used by the GDELT-style export.
     */
    public String cameoCode() {
        return cameoCode;
    }

    /** The sub-event type with this ACLED label, compared case-insensitively. */
    public static Optional<EventType> fromAcledName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (EventType t : values()) {
            if (t.acledName.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
