package org.sitrep.extract;

import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.ActorMention;
import org.sitrep.actors.GenericRole;
import org.sitrep.geo.Countries;
import org.sitrep.geo.Country;
import org.sitrep.model.Actor;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.sitrep.extract.Vocabulary.*;

/**
 * Reads what a trigger's arguments name: the actor (named, generic, possessive), whether they are
 * people, places or armed targets, and how many people they count. Thread-safe.
 */
final class Arguments {
    private final ActorDictionary actors;
    private final Countries countries;

    Arguments(ActorDictionary actors, Countries countries) {
        this.actors = actors;
        this.countries = countries;
    }

    /** What an argument of a trigger names. */
    static final class Arg {
        Actor actor;
        boolean person;
        boolean place;
        boolean armed;
        boolean rest;
        /** The actor was only inferred from an armed target noun ("a patrol vehicle"). */
        boolean guessed;
        /** The actor stands for generic "militants", "insurgents". */
        boolean genericArmed;
        /** The argument names many people as one body: a plural noun or a collective ("a mob of"). */
        boolean collective;
        /** The argument names weapons: "a cache of weapons", "an IED", "arms and ammunition". */
        boolean weapons;
        int count;
        /**
         * A second actor joined to the first by "and" ("military forces of India and Pakistan",
         * "Taliban and Afghan forces"): the other side when the trigger names no object, or null.
         */
        Actor partner;
    }

    /**
     * What the argument headed by {@code heads} (with their conjuncts) names.
     *
     * @param exclude an actor the argument cannot be (the other side of the event), or null
     */
    Arg argument(SentenceView v, List<Integer> heads, RuleBasedExtractor.Context ctx, boolean counted, Actor exclude) {
        Graph g = v.g();
        Arg a = new Arg();
        List<Integer> members = new ArrayList<>();
        for (int h : heads) {
            if (!members.contains(h)) {
                members.add(h);
            }
            for (int c : g.childrenOf(h, "conj")) {
                if (!members.contains(c)) {
                    members.add(c);
                }
            }
        }
        int tok = members.get(0);
        String countryIso3 = ctx.focusIso3();
        String countryName = ctx.countryName();
        ActorMention fallbackMention = null;
        String ownerIso3 = null;
        Country secondOwner = null;
        for (int m : members) {
            if (m != tok && a.partner == null) {
                // A conjunct naming another actor: "Taliban and Afghan forces".
                for (int p : g.phrase(m)) {
                    ActorMention am = v.actorAt(p);
                    if (am != null && !adjectival(g, am) && (a.actor == null || !am.actor().equals(a.actor))) {
                        a.partner = am.actor();
                        break;
                    }
                }
            }
            List<Integer> phrase = g.phrase(m);
            for (int p : phrase) {
                ActorMention am = v.actorAt(p);
                if (am != null && a.actor == null && !adjectival(g, am)) {
                    // The actor naming the head or its direct modifiers beats one further down the phrase.
                    if (am.covers(m) || modifiesDirectly(g, p, m)) {
                        a.actor = am.actor();
                    } else if (fallbackMention == null) {
                        fallbackMention = am;
                    }
                }
                Country demonym = countries.byDemonym(g.token(p).word()).orElse(null);
                if (demonym != null && g.token(p).pos().startsWith("JJ") || demonym != null && g.token(p).pos().startsWith("NNP") && p != m) {
                    countryIso3 = demonym.iso3();
                    countryName = demonym.name();
                }
                if (v.toponymAt(p) != null && p == m) {
                    a.place = true;
                }
                // "military forces of Armenia": the country after "of" owns the generic forces; of
                // "forces of India and Pakistan" the first does, and the second is the other side.
                // The enhanced graph links each conjunct after "of" to the head, "Pakistan" as well as "India".
                if (g.childrenOf(m, "nmod:of").contains(p) && v.toponymAt(p) != null) {
                    Country owner = countries.byName(v.toponymAt(p).name().text()).orElse(null);
                    if (owner != null && ownerIso3 == null) {
                        ownerIso3 = owner.iso3();
                        countryIso3 = owner.iso3();
                        countryName = owner.name();
                    } else if (owner != null && !owner.iso3().equals(ownerIso3) && secondOwner == null) {
                        secondOwner = owner;
                    }
                }
            }
            Token head = g.token(m);
            String lemma = head.lemma().toLowerCase(Locale.ROOT);
            if (PLACE_KEYWORDS.contains(lemma)) {
                a.place = true;
            }
            if (PERSON_NOUNS.contains(lemma) || actors.genericRole(lemma).isPresent() || head.pos().equals("CD")) {
                a.person = true;
            }
            if (ARMED_TARGETS.contains(lemma) && (!OWNED_TARGETS.contains(lemma) || armedOwner(v, m))) {
                a.armed = true;
            }
            if (WEAPON_NOUNS.contains(lemma) || WEAPON_HOLDERS.contains(lemma)
                    && g.childrenOf(m, "nmod:of").stream().anyMatch(c -> WEAPON_NOUNS.contains(g.token(c).lemma().toLowerCase(Locale.ROOT)))) {
                a.weapons = true;
            }
            if (counted) {
                int n = count(g, m);
                if (n < 0) {
                    a.rest = true;
                } else {
                    a.count += n;
                }
            }
        }
        if (a.actor == null && fallbackMention != null) {
            a.actor = fallbackMention.actor();
        }
        if (a.actor != null) {
            a.person = true;
        }
        if (a.actor == null) {
            Actor owner = possessor(v, tok);
            if (owner != null) {
                a.actor = owner;
            }
        }
        Token headToken = g.token(tok);
        a.collective = headToken.pos().equals("NNS") || headToken.pos().equals("NNPS") || members.size() > 1
                || COLLECTIVES.contains(headToken.lemma().toLowerCase(Locale.ROOT));
        if (a.actor == null) {
            GenericRole role = genericRole(g, tok);
            if (role != null && countryIso3 != null) {
                a.actor = role == GenericRole.ARMED_GROUP ? armedGroup(ctx, exclude, countryIso3, countryName)
                        : actors.forRole(role, countryIso3, countryName);
                a.guessed = actors.genericRole(g.token(tok).lemma()).isEmpty() && ARMED_TARGETS.contains(g.token(tok).lemma().toLowerCase(Locale.ROOT));
                a.genericArmed = role == GenericRole.ARMED_GROUP;
                if (role == GenericRole.STATE_POLICE && ctx.policeUnit() != null && ctx.policeUnit().countryIso3().equals(countryIso3)) {
                    // "the police", "officers" of an article about the Military Police are that unit.
                    a.actor = ctx.policeUnit();
                }
            }
        }
        if (a.actor != null && a.actor.type() == org.sitrep.model.ActorType.STATE_FORCES && countryIso3 != null
                && (a.actor.name().startsWith("Police Forces of ") || a.actor.name().startsWith("Military Forces of "))) {
            // "state police officers", "the Military Police": the unit, as ACLED names it.
            String unit = policeUnit(g, tok);
            if (unit != null) {
                a.actor = actors.unit(unit, countryIso3, countryName);
            }
        }
        if (a.actor == null && tok > 0 && g.token(tok - 1).isNoun()) {
            // A modifier the parse attached elsewhere ("an army drone" with "army" as a subject).
            GenericRole role = actors.genericRole(g.token(tok - 1).lemma()).orElse(null);
            if ((role == GenericRole.STATE_MILITARY || role == GenericRole.STATE_POLICE) && countryIso3 != null) {
                a.actor = actors.forRole(role, countryIso3, countryName);
            }
        }
        if (a.actor != null && a.actor.type() == org.sitrep.model.ActorType.STATE_FORCES && countryIso3 != null
                && outOfService(g, tok)) {
            // ACLED codes soldiers and police who are off duty or retired as civilians.
            a.actor = actors.forRole(GenericRole.CIVILIANS, countryIso3, countryName);
            a.armed = false;
        }
        if (a.actor != null && a.actor.type().armed()) {
            a.armed = true;
        }
        if (secondOwner != null && a.actor != null && a.partner == null) {
            GenericRole role = genericRole(g, tok);
            if (role == GenericRole.STATE_MILITARY || role == GenericRole.STATE_POLICE) {
                a.partner = actors.forRole(role, secondOwner.iso3(), secondOwner.name());
            }
        }
        if (a.partner != null && a.partner.equals(a.actor)) {
            a.partner = null;
        }
        return a;
    }

    /**
     * Whether the phrase headed by {@code tok}, or a parenthesis right after it, says its person is
     * out of service: "an off-duty soldier", "a retired army colonel", "a police officer (off-duty)".
     * The tokenizer may keep "off-duty" whole or split it into "off", "-", "duty".
     */
    static boolean outOfService(Graph g, int tok) {
        List<Integer> span = new ArrayList<>(g.phrase(tok));
        int after = span.stream().mapToInt(Integer::intValue).max().orElse(tok) + 1;
        if (after < g.size() && g.token(after).word().equals("(")) {
            for (int i = after + 1; i < g.size() && i <= after + 4 && !g.token(i).word().equals(")"); i++) {
                span.add(i);
            }
        }
        for (int i : span) {
            String w = lowerWord(g.token(i));
            if (w.equals("off-duty") || w.equals("retired")
                    || w.equals("duty") && span.contains(i - 2) && lowerWord(g.token(i - 2)).equals("off")) {
                return true;
            }
        }
        return false;
    }

    /** Words that name a police unit before "police": "state police", "Military Police". */
    private static final Set<String> POLICE_UNITS = Set.of("state", "federal", "civil", "military");

    /**
     * The police unit the phrase headed by {@code tok} names ("Military Police" of "military police
     * forces", "State Police" of "state police officers"), or null.
     */
    static String policeUnit(Graph g, int tok) {
        for (int p = tok; p >= Math.max(1, tok - 2); p--) {
            String unit = policeUnitAt(g.sentence.tokens(), p);
            if (unit != null) {
                return unit;
            }
        }
        return null;
    }

    /** The police unit whose "police" is token {@code p} ("Federal Police" for "federal police"), or null. */
    static String policeUnitAt(List<Token> tokens, int p) {
        if (p < 1 || !lowerWord(tokens.get(p)).equals("police") || !POLICE_UNITS.contains(lowerWord(tokens.get(p - 1)))) {
            return null;
        }
        String adjective = lowerWord(tokens.get(p - 1));
        return Character.toUpperCase(adjective.charAt(0)) + adjective.substring(1) + " Police";
    }

    /** The armed group a generic "militants" stands for: the article's most named one other than {@code exclude}. */
    Actor armedGroup(RuleBasedExtractor.Context ctx, Actor exclude, String countryIso3, String countryName) {
        for (Actor a : ctx.armedGroups()) {
            if (!a.equals(exclude)) {
                return a;
            }
        }
        return actors.forRole(GenericRole.ARMED_GROUP, countryIso3, countryName);
    }

    /** "al-Qaeda-linked", "Iran-backed": an actor inside an adjective qualifies, it does not act. */
    static boolean adjectival(Graph g, ActorMention m) {
        String last = g.token(m.endToken() - 1).word().toLowerCase(Locale.ROOT);
        int after = m.endToken();
        if (after < g.size() && g.token(after).word().equals("-")) {
            after++;
        }
        String next = after < g.size() ? g.token(after).word().toLowerCase(Locale.ROOT) : "";
        return last.matches(".*-(linked|backed|affiliated|allied|aligned|inspired|supported|controlled)")
                || next.matches("-?(linked|backed|affiliated|allied|aligned|inspired|supported|controlled)");
    }

    static boolean modifiesDirectly(Graph g, int token, int head) {
        Dependency d = g.head(token);
        if (d == null || d.governor() != head) {
            return false;
        }
        String r = d.relation();
        return r.startsWith("compound") || r.startsWith("amod") || r.startsWith("nmod:poss") || r.startsWith("appos");
    }

    /** "its forces", "their fighters": the actor the sentence names elsewhere, typically the one speaking. */
    static Actor possessor(SentenceView v, int tok) {
        for (int c : v.g().childrenOf(tok, "nmod:poss")) {
            String w = lowerWord(v.g().token(c));
            if (w.equals("its") || w.equals("their")) {
                for (ActorMention m : v.actors()) {
                    if (!m.covers(tok)) {
                        return m.actor();
                    }
                }
            }
        }
        return null;
    }

    /** The generic role of a head noun, of the head with its compound ("security forces"), or of a compound modifier ("army drone", "police vehicle"). */
    GenericRole genericRole(Graph g, int tok) {
        String lemma = g.token(tok).lemma().toLowerCase(Locale.ROOT);
        for (int c : g.childrenOf(tok, "amod")) {
            // "armed men", "armed youths": whoever carries arms is an armed group, not civilians.
            if (lowerWord(g.token(c)).equals("armed") && actors.genericRole(lemma).map(r -> r == GenericRole.CIVILIANS).orElse(false)) {
                return GenericRole.ARMED_GROUP;
            }
        }
        if (COLLECTIVES.contains(lemma)) {
            // "a mob of villagers", "a group of around 20 people": the people are after "of".
            for (Dependency d : g.children(tok)) {
                if (d.relation().equals("nmod:of")) {
                    GenericRole inner = genericRole(g, d.dependent());
                    if (inner != null) {
                        return lemma.equals("mob") && inner == GenericRole.CIVILIANS ? GenericRole.RIOTERS : inner;
                    }
                }
            }
        }
        GenericRole role = actors.genericRole(compoundWithHead(g, tok)).or(() -> actors.genericRole(lemma)).orElse(null);
        if (role == null || role == GenericRole.STATE_MILITARY || role == GenericRole.STATE_POLICE) {
            // A modifier naming the force names it for the rank or post: "army officer", "military
            // officer" (not the police "officer"), "police head constable", "Colonel Ahmed Saleh".
            List<Integer> modifiers = new ArrayList<>(g.childrenOf(tok, "compound"));
            for (int i = 0, n = modifiers.size(); i < n; i++) {
                // Titles nest: "Brigadier General Hassan Rahimi" (Rahimi <- General <- Brigadier).
                modifiers.addAll(g.childrenOf(modifiers.get(i), "compound"));
            }
            for (int c : modifiers) {
                GenericRole r = actors.genericRole(g.token(c).lemma()).orElse(null);
                if (r == GenericRole.STATE_MILITARY || r == GenericRole.STATE_POLICE) {
                    role = r;
                }
            }
            for (int c : g.childrenOf(tok, "amod")) {
                String w = lowerWord(g.token(c));
                if (w.equals("military")) {
                    role = GenericRole.STATE_MILITARY;
                }
            }
        }
        if (role == null) {
            for (Dependency d : g.children(tok)) {
                if (d.relation().equals("appos")) {
                    // "Ramdas Gawde, a police official": the person is what the apposition says.
                    GenericRole r = genericRole(g, d.dependent());
                    if (r != null) {
                        return r;
                    }
                } else if (d.relation().equals("nmod:of")) {
                    // "an Assistant Sub-Inspector of Police", "a captain of the army".
                    GenericRole r = actors.genericRole(g.token(d.dependent()).lemma()).orElse(null);
                    if (r == GenericRole.STATE_MILITARY || r == GenericRole.STATE_POLICE) {
                        role = r;
                    }
                }
            }
        }
        if (role == null && ARMED_TARGETS.contains(lemma) && !OWNED_TARGETS.contains(lemma)) {
            role = GenericRole.STATE_MILITARY;
        }
        return role;
    }

    /**
     * Armed targets that anyone may own: a vehicle, a convoy, a camp, a station or headquarters are
     * the forces' only when the text says whose ("a police vehicle", "a military convoy", "the
     * vehicle of the police chief"), not "a vehicle", "a prosecutor's vehicle", "a protest camp".
     */
    private static final Set<String> OWNED_TARGETS = Set.of("vehicle", "convoy", "camp", "station", "headquarters");

    /** Words before such a target that make it the forces': "armoured vehicle", "security convoy". */
    private static final Set<String> ARMED_MODIFIERS = Set.of("military", "army", "security", "armoured", "armored", "govt",
            "police", "paramilitary");

    /** Whether the phrase of target {@code m} names an armed owner: an armed actor, a force's role or an armed modifier. */
    private boolean armedOwner(SentenceView v, int m) {
        Graph g = v.g();
        for (int p : g.phrase(m)) {
            ActorMention am = v.actorAt(p);
            if (am != null && am.actor().type().armed()) {
                return true;
            }
            if (p == m) {
                continue;
            }
            GenericRole role = actors.genericRole(g.token(p).lemma()).orElse(null);
            if (role == GenericRole.STATE_MILITARY || role == GenericRole.STATE_POLICE || role == GenericRole.ARMED_GROUP
                    || ARMED_MODIFIERS.contains(lowerWord(g.token(p)))) {
                return true;
            }
        }
        return false;
    }

    /** "security forces", "police officer": the head with its compound modifier, for two-word generic agents. */
    static String compoundWithHead(Graph g, int tok) {
        for (int c : g.childrenOf(tok, "compound")) {
            return g.token(c).lemma().toLowerCase(Locale.ROOT) + " " + g.token(tok).lemma().toLowerCase(Locale.ROOT);
        }
        for (int c : g.childrenOf(tok, "amod")) {
            return lowerWord(g.token(c)) + " " + g.token(tok).word().toLowerCase(Locale.ROOT);
        }
        return g.token(tok).lemma().toLowerCase(Locale.ROOT);
    }

    /** People counted by a noun phrase head; -1 for "the rest" (resolved from the article later). */
    static int count(Graph g, int m) {
        Token t = g.token(m);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (lemma.equals("rest") || lemma.equals("remainder")) {
            return -1;
        }
        if (t.pos().equals("CD")) {
            return Numbers.parse(t.word()).orElse(0);
        }
        for (Dependency d : g.children(m)) {
            if (d.relation().equals("nummod") || d.relation().equals("det:qmod")) {
                int n = Numbers.parse(g.token(d.dependent()).word()).orElse(0);
                if (n > 0) {
                    return n;
                }
            }
        }
        for (Dependency d : g.children(m)) {
            if (d.relation().startsWith("amod") || d.relation().equals("det") || d.relation().startsWith("nmod:of") && g.token(d.dependent()).pos().equals("CD")) {
                var n = Numbers.parse(g.token(d.dependent()).word());
                if (n.isPresent() && (d.relation().startsWith("amod") || d.relation().startsWith("nmod") || n.getAsInt() == 1)) {
                    return n.getAsInt();
                }
            }
        }
        // "a group consisting of three elements": the number sits one clause below.
        for (Dependency d : g.children(m)) {
            if (d.relation().startsWith("acl") && !d.relation().startsWith("acl:relcl")) {
                for (Dependency e : g.children(d.dependent())) {
                    if (e.relation().startsWith("obl")) {
                        for (int c : g.childrenOf(e.dependent(), "nummod")) {
                            int n = Numbers.parse(g.token(c).word()).orElse(0);
                            if (n > 0) {
                                return n;
                            }
                        }
                    }
                }
            }
        }
        if (t.pos().equals("NN") || t.pos().equals("NNP")) {
            // Whom a killing, a wounding or an arrest befell is a person: "killed the chairman",
            // "arrested a judge" count one whatever the noun; a body of people ("a family", "a
            // patrol") or a place does not tell how many.
            if (REMAINS.contains(lemma) && !g.childrenOf(m, "nmod:poss").isEmpty()) {
                // "a man was killed and his body was found": the dead just counted.
                return 0;
            }
            boolean notOne = COLLECTIVES.contains(lemma) || BODIES_OF_PEOPLE.contains(lemma) || PLACE_KEYWORDS.contains(lemma)
                    || ARMED_TARGETS.contains(lemma) && !PERSON_NOUNS.contains(lemma);
            // Only a noun with a determiner names one being: not "killed livestock", "kills tourism".
            boolean determined = !g.childrenOf(m, "det").isEmpty() || !g.childrenOf(m, "nmod:poss").isEmpty();
            return PERSON_NOUNS.contains(lemma) || t.pos().equals("NNP") || !notOne && determined ? 1 : 0;
        }
        if (t.pos().equals("PRP") && lemma.equals("they") && t.word().equalsIgnoreCase("them")) {
            return peopleThemStandsFor(g, m);
        }
        // "… opened fire on a trader, killing him"; "a bomber killed himself": one person.
        return singularPersonalPronoun(t) ? 1 : 0;
    }

    /**
     * How many people "them" at {@code m} stands for: two for "them both", "both of them"; else the
     * number of the nearest plural noun for people numbered before it in the sentence ("abducted
     * three youths and killed them", "ambushed two traders on a road, killing them"); 0 when there
     * is none.
     */
    static int peopleThemStandsFor(Graph g, int m) {
        boolean both = m + 1 < g.size() && lowerWord(g.token(m + 1)).equals("both")
                || m >= 2 && lowerWord(g.token(m - 2)).equals("both") && lowerWord(g.token(m - 1)).equals("of");
        if (both) {
            return 2;
        }
        for (int k = m - 1; k >= 0; k--) {
            Token before = g.token(k);
            if (!before.pos().equals("NNS") || !PERSON_NOUNS.contains(before.lemma().toLowerCase(Locale.ROOT))) {
                // Not people: "fired two rockets at the villagers, killing them" kills no rockets.
                continue;
            }
            for (int c : g.childrenOf(k, "nummod")) {
                int n = Numbers.parse(g.token(c).word()).orElse(0);
                if (n >= 2) {
                    return n;
                }
            }
        }
        return 0;
    }

    /** "he", "him", "she", "her", "himself", "herself" (not the possessive "her" of "her son"). */
    static boolean singularPersonalPronoun(Token t) {
        return t.pos().equals("PRP") && SINGULAR_PERSONAL_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /** What is found of the dead. */
    private static final Set<String> REMAINS = Set.of("body", "corpse", "remains");

    /** Singular nouns for several people, whose number the noun does not give. */
    private static final Set<String> BODIES_OF_PEOPLE = Set.of("family", "couple", "crew", "team", "household", "party", "delegation");

    private static final Set<String> SINGULAR_PERSONAL_PRONOUNS = Set.of("he", "him", "she", "her", "himself", "herself");
}
