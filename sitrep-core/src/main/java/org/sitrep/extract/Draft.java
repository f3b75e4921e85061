package org.sitrep.extract;

import org.sitrep.geo.PlaceName;
import org.sitrep.model.Actor;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A mention being coded: mutable while the article-level rules run over one article, on one
 * thread, and then frozen into an {@link org.sitrep.model.EventMention}. Never leaves this package.
 */
final class Draft {
    final int sentence;
    final int paragraph;
    EventType type;
    Actor actor1;
    Actor actor2;
    /** actor1 was filled with "Unidentified Armed Group" for want of a named perpetrator. */
    boolean actor1Unidentified;
    int fatalities;
    int injured;
    int arrested;
    /** The arrested are "the rest" of a number given earlier. */
    boolean rest;
    /** The sentence reads as a sum of several operations ("in two separate operations"). */
    boolean summaryCue;
    /** Only casualties, no act and no named perpetrator: "One soldier was killed and four were wounded." */
    boolean casualtyOnly;
    /**
     * The dead or wounded are named by a definite noun without a number ("The victim was shot
     * dead."): the ones an earlier sentence told, counted again only where that one counted fewer.
     */
    boolean victimsRestated;
    boolean violent;
    /**
     * Suicide bombers the event's sentences name ("two suicide bombers", "a militant … his suicide
     * vest"): they die in the blast, and are among its dead unless {@link #bombersCounted}.
     */
    int bombers;
    /** For an abduction: how many people were abducted, as the text counts them (0 when it does not). */
    int abducted;
    /**
     * The dead named as people told before ("he", "the villagers", "his body") or killed by their
     * captors: how many (the number given, else 1 for one person), -1 for "all of them" (a plural
     * without a number, "they", "the hostages"), 0 when the dead are no one told before.
     */
    int deadToldBefore;
    /** The dead counted already include the bombers: "killing himself", "killed the bomber and two guards". */
    boolean bombersCounted;
    /** A protest mention made only of the authorities' intervention ("police dispersed the crowd"), with no protest word. */
    boolean interventionOnly;
    /** For a protest: the rioters it is coded with should it turn violent ("Rioters (Kenya)"), else null. */
    Actor rioters;
    /**
     * An intervention that names no crowd ("The police intervened."): part of the protest told just
     * before it, and no event on its own.
     */
    boolean followUpOnly;
    /** An arrest of protesters, or one the authorities made by intervening ("intervened and arrested"). */
    boolean protestersArrested;
    /** An arrest of people the text does not name as anyone in particular ("They were arrested", "two persons"). */
    boolean anonymousArrested;
    List<PlaceName> places = new ArrayList<>();
    /** The places are only the ends of a route ("on the road between X and Y"), not where the event was. */
    boolean routeOnly;
    /** The route phrase as written ("road between X and Y") when {@link #routeOnly}, else null. */
    PlaceName route;
    /** At least one of {@link #places} is a name the gazetteer knows. */
    boolean placesKnown;
    /** The arrested are described as suspects ("suspected of belonging to the cell that carried out the attack"). */
    boolean suspects;
    LocalDate date;
    DatePrecision datePrecision;
    double confidence;
    String reason = "";
    Evidence evidence;
    final List<Evidence> extraEvidence = new ArrayList<>();

    Draft(int sentence, int paragraph) {
        this.sentence = sentence;
        this.paragraph = paragraph;
    }

    /** The count the event type is about: arrested for arrests, else fatalities. */
    int mainCount() {
        return type == EventType.ARRESTS ? arrested : fatalities;
    }

    void setMainCount(int n) {
        if (type == EventType.ARRESTS) {
            arrested = n;
        } else {
            fatalities = n;
        }
    }
}
