package org.sitrep.extract;

import org.sitrep.geo.PlaceName;
import org.sitrep.geo.PlaceQuery;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.EventCategory;
import org.sitrep.model.EventType;
import org.sitrep.model.EventMention;
import org.sitrep.model.Evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Article-level rules that no single sentence can apply, run in this order:
 * <ol>
 *   <li><b>Places carried</b>: a mention whose sentence names no place takes those of the mention
 *       before it in the paragraph, else the places last named in the paragraph (not countries).</li>
 *   <li><b>Follow-ups</b> join the event told just before instead of becoming events: a sentence
 *       that only reports casualties ("One soldier was killed and four were wounded, it added."; one
 *       that joins nothing is placed by its sentence's places, else the paragraph's last); an
 *       unattributed elaboration of the same violence; arrests told within a protest or a fight in
 *       the same paragraph (making a protest one with intervention when protesters are arrested);
 *       property looted or weapons seized within three sentences after a fight, a protest or an arrest;
 *       police dispersing the crowd, or intervening, after a protest (an intervention after no
 *       protest is dropped); a fight of the crowd with the police after a protest, which makes it a
 *       violent demonstration.</li>
 *   <li><b>Hostages killed</b>: a killing of the people an abduction just told took ("He was
 *       later found dead", "killed by his captors") is that abduction's dead, not an event.</li>
 *   <li><b>Suicide bombers</b> are among the dead of their bombing, unless the text counted them.</li>
 *   <li><b>Claims</b>: "X claimed the bombing" names the perpetrator of the latest earlier violent
 *       event whose perpetrator was unidentified.</li>
 *   <li><b>Suspects</b> arrested after an attack are coded as its perpetrators.</li>
 *   <li><b>"The rest"</b>: a count given as the rest of an earlier total is that total minus the
 *       parts told in between ("eight arrested … three in X … the rest on the road" → 5).</li>
 *   <li><b>Summaries</b>: a mention whose count is the sum of two or more other mentions of the same
 *       type, and whose sentence reads as a sum ("in two separate operations", "in the two
 *       provinces", "a total of"), is a summary of events already counted: it is dropped, and its
 *       places become the context of those parts the gazetteer cannot place ("the Mosul area of
 *       Nineveh" for "the village of Al-Arej").</li>
 *   <li><b>Dates</b>: a mention whose sentence gives no date takes the latest date given earlier in
 *       the article, whether or not that sentence coded an event (not a date of the past).</li>
 * </ol>
 */
final class Discourse {
    /** An armed actor claiming an earlier act, at a sentence. */
    record Claim(int sentence, Actor actor) {}

    /** Summaries are searched among at most this many same-type mentions, to bound the subset search. */
    private static final int MAX_PARTS = 16;

    private Discourse() {}

    /**
     * @param placesBySentence per sentence, the gazetteer places it names that are not countries
     * @param datesBySentence per sentence, the date it gives (null for none, or a date of the past)
     */
    static List<CodedMention> resolve(List<Draft> drafts, List<Claim> claims, List<List<PlaceName>> placesBySentence,
                                      List<DateResolver.Resolved> datesBySentence, RuleBasedExtractor.Context ctx) {
        carryPlaces(drafts, placesBySentence, ctx);
        List<Draft> ds = foldFollowUps(drafts);
        countBombers(ds);
        placeStandaloneCasualties(ds, placesBySentence, ctx);
        applyClaims(ds, claims);
        suspects(ds);
        resolveRest(ds);
        Map<Draft, Draft> scopeOf = new HashMap<>();
        List<Draft> kept = dropSummaries(ds, scopeOf);
        carryDates(kept, datesBySentence);
        List<CodedMention> out = new ArrayList<>();
        for (Draft d : kept) {
            out.add(freeze(d, scopeOf, ctx));
        }
        return out;
    }

    /**
     * A mention whose sentence names no place takes the places last named earlier in its paragraph
     * ("In Sao Goncalo, Rio de Janeiro, police raided a neighbourhood. A shoot-out broke out …").
     * Countries are not carried: the article's country is every mention's last resort anyway.
     *
     * @param placesBySentence per sentence, the gazetteer places it names that are not countries
     */
    private static void carryPlaces(List<Draft> drafts, List<List<PlaceName>> placesBySentence, RuleBasedExtractor.Context ctx) {
        for (int k = 0; k < drafts.size(); k++) {
            Draft d = drafts.get(k);
            if (!d.places.isEmpty() || d.casualtyOnly) {
                continue;
            }
            // The same event usually goes on: the places of the mention just before, in this paragraph.
            Draft before = k > 0 ? drafts.get(k - 1) : null;
            if (before != null && before.paragraph == d.paragraph && !before.places.isEmpty()) {
                d.places = new ArrayList<>(before.places);
                d.placesKnown = before.placesKnown;
                continue;
            }
            for (int s = d.sentence - 1; s >= 0 && ctx.paragraphOfSentence()[s] == d.paragraph; s--) {
                if (!placesBySentence.get(s).isEmpty()) {
                    d.places = new ArrayList<>(placesBySentence.get(s));
                    d.placesKnown = true;
                    break;
                }
            }
        }
    }

    /**
     * A casualty report that joined no earlier event ("In Itaiba, Pernambuco, the bodies of two men
     * were found.", "1 person was killed." after an act the coder did not read) is an event of its
     * own and is placed like any other: by the places its sentence names, else by those last named
     * earlier in its paragraph. Before folding it had none, so that a follow-up joins its event
     * whatever it names.
     *
     * @param placesBySentence per sentence, the gazetteer places it names that are not countries
     */
    private static void placeStandaloneCasualties(List<Draft> drafts, List<List<PlaceName>> placesBySentence,
                                                  RuleBasedExtractor.Context ctx) {
        for (Draft d : drafts) {
            if (!d.casualtyOnly || !d.places.isEmpty()) {
                continue;
            }
            for (int s = d.sentence; s >= 0 && ctx.paragraphOfSentence()[s] == d.paragraph; s--) {
                if (!placesBySentence.get(s).isEmpty()) {
                    d.places = new ArrayList<>(placesBySentence.get(s));
                    d.placesKnown = true;
                    break;
                }
            }
        }
    }

    private static List<Draft> foldFollowUps(List<Draft> drafts) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            Draft abduction = abductionOfTheDead(d, out);
            if (abduction != null) {
                // "Gunmen abducted a trader. His body was found on Wednesday.": the hostages' death
                // is the abduction's, as "abducted and later killed him" in one sentence is.
                // Told again ("… and killed him. His body was found.") they are the same dead.
                int dead = d.deadToldBefore < 0 ? Math.max(abduction.abducted, d.fatalities) : d.deadToldBefore;
                abduction.fatalities = Math.max(abduction.fatalities, dead);
                abduction.injured += d.injured;
                abduction.extraEvidence.add(d.evidence);
                continue;
            }
            Draft previous = null;
            for (int i = out.size() - 1; i >= 0; i--) {
                if (out.get(i).violent || isProtest(out.get(i))) {
                    previous = out.get(i);
                    break;
                }
            }
            boolean near = previous != null && d.sentence > previous.sentence
                    && d.paragraph - previous.paragraph <= 1 && d.sentence - previous.sentence <= 3;
            boolean casualties = near && d.casualtyOnly && (d.places.isEmpty() || samePlaces(d, previous));
            // "The ministry said its aircraft struck only depots in Idlib": more words on the event just told.
            boolean elaboration = near && previous.violent && d.violent && d.actor1Unidentified
                    && d.fatalities == 0 && d.injured == 0 && d.type.category() == previous.type.category()
                    && placesWithin(d, previous);
            // "…and 15 persons were arrested" after a protest or a fight in the same paragraph: part of
            // that event, unless the text gives the arrests a day or a place of their own.
            boolean sameParagraph = previous != null && d.paragraph == previous.paragraph && d.sentence - previous.sentence <= 3;
            boolean partOf = sameParagraph && d.type == EventType.ARRESTS && d.sentence >= previous.sentence
                    && (d.date == null || d.date.equals(previous.date))
                    && placesWithin(d, previous);
            if (partOf) {
                // "… held a protest in Pinsk. Two persons were arrested by the police.": whom the
                // very next sentence has arrested, naming them as no one else, are the protesters.
                boolean protestersNext = d.anonymousArrested && d.sentence - previous.sentence == 1;
                if (previous.type == EventType.PEACEFUL_PROTEST && (d.protestersArrested || protestersNext)) {
                    previous.type = EventType.PROTEST_WITH_INTERVENTION;
                    if (previous.actor2 == null) {
                        // Those who intervened: the arresting force.
                        previous.actor2 = d.actor1;
                    }
                }
                previous.arrested += d.arrested;
                previous.extraEvidence.add(d.evidence);
                continue;
            }
            // "Police raided the neighbourhood. A shoot-out broke out and a suspect was killed.": a
            // fight whose sides the text does not name, right after a raid or an attack by a named
            // actor at the same place, is that actor's fight — one armed clash, as ACLED codes it.
            boolean fightOfPrevious = near && d.type == EventType.ARMED_CLASH && d.actor1Unidentified
                    && (previous.type == EventType.ATTACK || previous.type == EventType.ARMED_CLASH)
                    && previous.actor1 != null && !previous.actor1Unidentified
                    && (d.date == null || d.date.equals(previous.date)) && placesWithin(d, previous);
            if (fightOfPrevious) {
                previous.type = EventType.ARMED_CLASH;
                if (previous.actor2 == null || previous.actor2.type() == ActorType.CIVILIANS) {
                    // The other side: the armed dead or named side of the fight ("two militants
                    // died"), else whoever it was, unidentified.
                    boolean otherSide = d.actor2 != null && d.actor2.type() != ActorType.CIVILIANS && !d.actor2.equals(previous.actor1);
                    previous.actor2 = otherSide ? d.actor2 : d.actor1;
                }
                previous.fatalities += d.fatalities;
                previous.injured += d.injured;
                previous.arrested += d.arrested;
                previous.extraEvidence.add(d.evidence);
                continue;
            }
            // "They also looted shops." / "Weapons were seized during the operation." within three
            // sentences after a fight, a protest or an arrest: part of that event, as ACLED codes it.
            Draft host = hostOfSecondary(d, out);
            if (host != null) {
                host.extraEvidence.add(d.evidence);
                continue;
            }
            // "Police dispersed the crowd." after a protest: the intervention in that protest.
            boolean intervention = near && d.interventionOnly && isProtest(previous);
            if (intervention) {
                if (previous.type == EventType.PEACEFUL_PROTEST) {
                    previous.type = d.type;
                }
                if (previous.actor2 == null) {
                    previous.actor2 = d.actor2;
                }
                previous.injured += d.injured;
                previous.fatalities += d.fatalities;
                previous.extraEvidence.add(d.evidence);
                continue;
            }
            // "Police clashed with the demonstrators." after a protest: the protest turned violent.
            boolean crowdFight = near && isProtest(previous) && previous.type != EventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS
                    && (d.type == EventType.ARMED_CLASH || d.type == EventType.MOB_VIOLENCE)
                    && (isCrowd(d.actor1) || isCrowd(d.actor2)) && placesWithin(d, previous);
            if (crowdFight) {
                previous.type = EventType.VIOLENT_DEMONSTRATION;
                if (previous.rioters != null) {
                    previous.actor1 = previous.rioters;
                }
                Actor other = isCrowd(d.actor1) ? d.actor2 : d.actor1;
                if (other != null && previous.actor2 == null) {
                    previous.actor2 = other;
                }
                previous.injured += d.injured;
                previous.fatalities += d.fatalities;
                previous.arrested += d.arrested;
                previous.extraEvidence.add(d.evidence);
                continue;
            }
            if (d.followUpOnly) {
                continue; // "The police intervened." after no protest: nothing to intervene in
            }
            if (casualties || elaboration) {
                // "… killed a party militant. The victim was shot dead.": the same dead, told again.
                previous.fatalities = d.victimsRestated ? Math.max(previous.fatalities, d.fatalities)
                        : previous.fatalities + d.fatalities;
                previous.injured = d.victimsRestated ? Math.max(previous.injured, d.injured) : previous.injured + d.injured;
                previous.arrested += d.arrested;
                previous.bombersCounted |= d.bombersCounted;
                previous.bombers = Math.max(previous.bombers, d.bombers);
                previous.extraEvidence.add(d.evidence);
            } else {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * The abduction whose hostages a killing told after it kills: the latest abduction of the
     * article within three sentences before it, in its paragraph or the one before, when the killing
     * (an attack or a fight, not a bombing) names its dead as people told before or is done by their
     * captors ({@link Draft#deadToldBefore}); else null.
     */
    private static Draft abductionOfTheDead(Draft d, List<Draft> earlier) {
        boolean killing = d.violent && d.deadToldBefore != 0
                && (d.type == EventType.ATTACK || d.type == EventType.ARMED_CLASH || d.type == EventType.ABDUCTION);
        if (!killing) {
            return null;
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Draft e = earlier.get(i);
            if (d.sentence - e.sentence > 3 || d.paragraph - e.paragraph > 1) {
                return null;
            }
            if (e.type == EventType.ABDUCTION && d.sentence > e.sentence) {
                return e;
            }
        }
        return null;
    }

    /**
     * Suicide bombers die in their blast: a suicide bombing's dead include them, as ACLED and GTD
     * count, unless the text already counted them ("killing himself", "the blast killed the bomber").
     */
    private static void countBombers(List<Draft> drafts) {
        for (Draft d : drafts) {
            if (d.type == EventType.SUICIDE_BOMB && !d.bombersCounted) {
                d.fatalities += d.bombers;
            }
        }
    }

    /**
     * The event that looting or a seizure told after it belongs to: the latest earlier fight,
     * protest or arrest of the article within three sentences, on the same day, whose places
     * include the secondary's; null if none (the secondary is then an event of its own).
     */
    private static Draft hostOfSecondary(Draft d, List<Draft> earlier) {
        if (d.type != EventType.LOOTING_PROPERTY_DESTRUCTION && d.type != EventType.DISRUPTED_WEAPONS_USE) {
            return null;
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Draft e = earlier.get(i);
            if (d.sentence - e.sentence > 3) {
                return null;
            }
            boolean host = e.violent || isProtest(e) || e.type == EventType.ARRESTS;
            if (host && d.sentence > e.sentence && (d.date == null || d.date.equals(e.date)) && placesWithin(d, e)) {
                return e;
            }
        }
        return null;
    }

    /** Suspects arrested after an attack are coded as the attack's perpetrators. */
    private static void suspects(List<Draft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.type != EventType.ARRESTS || !d.suspects) {
                continue;
            }
            for (int k = i - 1; k >= 0; k--) {
                Draft attack = drafts.get(k);
                if (attack.violent && attack.actor1 != null) {
                    boolean named = d.actor2 != null && d.actor2.type() != ActorType.CIVILIANS;
                    if (!named || attack.actor1Unidentified && d.actor2.id().startsWith("unidentified-")) {
                        d.actor2 = attack.actor1;
                    }
                    break;
                }
            }
        }
    }

    /** Every place {@code d} names is one {@code previous} names too (so no place of its own). */
    private static boolean isCrowd(Actor a) {
        return a != null && (a.type() == ActorType.PROTESTERS || a.type() == ActorType.RIOTERS);
    }

    /** A protest of any kind, also one turned violent (which ACLED files under riots). */
    private static boolean isProtest(Draft d) {
        return d.type.category() == EventCategory.PROTESTS || d.type == EventType.VIOLENT_DEMONSTRATION;
    }

    private static boolean placesWithin(Draft d, Draft previous) {
        if (previous.casualtyOnly && previous.places.isEmpty()) {
            return true; // a casualty report is placed only after folding, by its paragraph's places
        }
        return previous.places.stream().map(PlaceName::text).toList().containsAll(d.places.stream().map(PlaceName::text).toList());
    }

    private static boolean samePlaces(Draft a, Draft b) {
        return a.places.stream().map(PlaceName::text).toList().equals(b.places.stream().map(PlaceName::text).toList());
    }

    private static void applyClaims(List<Draft> drafts, List<Claim> claims) {
        for (Claim c : claims) {
            for (int i = drafts.size() - 1; i >= 0; i--) {
                Draft d = drafts.get(i);
                if (d.sentence < c.sentence() && d.violent && d.actor1Unidentified) {
                    d.actor1 = c.actor();
                    d.actor1Unidentified = false;
                    break;
                }
            }
        }
    }

    private static void resolveRest(List<Draft> drafts) {
        for (int r = 0; r < drafts.size(); r++) {
            Draft rest = drafts.get(r);
            if (!rest.rest) {
                continue;
            }
            for (int t = r - 1; t >= 0; t--) {
                Draft total = drafts.get(t);
                if (total.type != rest.type || total.rest) {
                    continue;
                }
                int between = 0;
                int parts = 0;
                for (int k = t + 1; k < r; k++) {
                    if (drafts.get(k).type == rest.type) {
                        between += drafts.get(k).mainCount();
                        parts++;
                    }
                }
                if (parts > 0 && total.mainCount() > between) {
                    rest.setMainCount(total.mainCount() - between);
                    rest.rest = false;
                    break;
                }
            }
            if (rest.rest && rest.mainCount() == 0) {
                // Unresolvable: an unknown number of people, coded as ACLED codes an unstated plural.
                rest.setMainCount(1);
            }
        }
    }

    private static List<Draft> dropSummaries(List<Draft> drafts, Map<Draft, Draft> scopeOf) {
        List<Draft> summaries = new ArrayList<>();
        for (Draft s : drafts) {
            if (!s.summaryCue || s.mainCount() < 2) {
                continue;
            }
            List<Draft> candidates = new ArrayList<>();
            for (Draft d : drafts) {
                if (d != s && d.type == s.type && d.mainCount() > 0 && d.mainCount() < s.mainCount() && !summaries.contains(d)) {
                    candidates.add(d);
                }
            }
            if (candidates.size() > MAX_PARTS) {
                candidates = candidates.subList(0, MAX_PARTS);
            }
            List<Draft> parts = subsetSum(candidates, s.mainCount());
            if (parts != null) {
                summaries.add(s);
                for (Draft p : parts) {
                    // The smallest summary containing a part gives its context.
                    Draft known = scopeOf.get(p);
                    if (known == null || known.mainCount() > s.mainCount()) {
                        scopeOf.put(p, s);
                    }
                }
            }
        }
        List<Draft> kept = new ArrayList<>(drafts);
        kept.removeAll(summaries);
        return kept;
    }

    /** The smallest subset of at least two drafts whose counts add up to {@code target}, or null. */
    private static List<Draft> subsetSum(List<Draft> candidates, int target) {
        List<Draft> best = null;
        int n = candidates.size();
        for (int mask = 1; mask < (1 << n); mask++) {
            if (Integer.bitCount(mask) < 2 || best != null && Integer.bitCount(mask) >= best.size()) {
                continue;
            }
            int sum = 0;
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    sum += candidates.get(i).mainCount();
                }
            }
            if (sum == target) {
                best = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if ((mask & (1 << i)) != 0) {
                        best.add(candidates.get(i));
                    }
                }
            }
        }
        return best;
    }

    /**
     * "On 2 May, police raided a neighbourhood in Niteroi. Two suspects were shot and injured.": the
     * injuries take the date of the sentence before, even when that sentence coded no event.
     */
    private static void carryDates(List<Draft> drafts, List<DateResolver.Resolved> datesBySentence) {
        for (Draft d : drafts) {
            for (int s = d.sentence - 1; d.date == null && s >= 0; s--) {
                DateResolver.Resolved date = datesBySentence.get(s);
                if (date != null) {
                    d.date = date.date();
                    d.datePrecision = date.precision();
                }
            }
        }
    }

    private static CodedMention freeze(Draft d, Map<Draft, Draft> scopeOf, RuleBasedExtractor.Context ctx) {
        List<PlaceName> names = new ArrayList<>();
        Draft scope = scopeOf.get(d);
        if (d.routeOnly && scope != null && !scope.places.isEmpty()) {
            // "the road between X and Y" inside a summary's area: the area places it, not the road's ends.
            names.add(d.route != null ? d.route : d.places.get(0));
        } else {
            names.addAll(d.places);
        }
        if (scope != null && (!d.placesKnown || d.routeOnly)) {
            // The summary's area places only parts whose own names the gazetteer does not know.
            for (PlaceName p : scope.places) {
                if (names.stream().noneMatch(n -> n.text().equals(p.text()))) {
                    names.add(new PlaceName(p.text(), null));
                }
            }
        } else if (!names.isEmpty() && !d.placesKnown && ctx.anchor() != null
                && names.stream().noneMatch(n -> n.text().equals(ctx.anchor().text()))) {
            // Names the gazetteer does not know ("Tahrir Square") are placed by the article's dateline
            // place; when that is a name of the chain itself ("Famale (Dessa, Tillaberi)" opening the
            // story), the chain already says where it lies, and the name again at its end would be
            // read as a container of its own containers.
            names.add(ctx.anchor());
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(d.evidence);
        evidence.addAll(d.extraEvidence);
        EventMention m = new EventMention(d.type, d.actor1, d.actor2, null, d.date, d.datePrecision,
                d.fatalities, d.injured, d.arrested, d.confidence, d.reason, evidence);
        return new CodedMention(m, new PlaceQuery(names, ctx.focusIso3()));
    }
}
