package org.sitrep.extract;

import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.GenericRole;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.sitrep.extract.Vocabulary.*;

/**
 * Finds the event triggers of a sentence and their arguments, and tells factual reports from
 * plans, aims, negations and habits. Thread-safe: immutable lexicons only.
 */
final class Triggers {
    /** Participles that only say where their subject is: "forces located at the hills fired …". */
    private static final Set<String> PLACING_PARTICIPLES = Set.of("locate", "station", "position", "base", "deploy");

    private final Lexicon lexicon;
    private final ActorDictionary actors;

    Triggers(Lexicon lexicon, ActorDictionary actors) {
        this.lexicon = lexicon;
        this.actors = actors;
    }

    /**
     * Lemmas that rules read besides the trigger lexicon: claims of responsibility, "with wounds",
     * protesters and what they do, bodies "found", the dead an attack "left".
     */
    private static final Set<String> ALSO_PARSED = Set.of("claim", "wound", "injury", "sit", "find", "leave",
            "protester", "protestor", "demonstrator", "street", "observe", "record", "register");

    /** Whether a sentence with these lower-case lemmas can carry a trigger, and so needs the parse. */
    boolean mayCarryEvent(List<String> lemmas) {
        for (String lemma : lemmas) {
            if (isCue(lemma)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a lower-case lemma makes its sentence worth parsing: every trigger rule starts from one. */
    boolean isCue(String lemma) {
        return lexicon.trigger(lemma) != null || NOMINAL_TRIGGERS.contains(lemma) || ALSO_PARSED.contains(lemma)
                || PROTEST_ACTIONS.contains(lemma);
    }

    /** The sentence's factual triggers, with circumstances ("during a raid") absorbed into the trigger they qualify. */
    List<Trig> find(SentenceView v) {
        Graph g = v.g();
        List<Trig> out = new ArrayList<>();
        for (Token t : v.sentence().tokens()) {
            Lexicon.Trigger entry = lexicon.trigger(t.lemma());
            if (v.actorAt(t.index()) != null || v.toponymAt(t.index()) != null) {
                continue;
            }
            Trig trig = null;
            if (entry != null && t.isVerb()) {
                trig = verbal(v, t, entry);
                if (trig == null || trig.cls() == TriggerClass.DESTROY) {
                    // "protesters torched tyres", "supporters took to the streets": the protest,
                    // besides (or instead of) what the verb itself says.
                    Trig protest = protestByAgentOrPurpose(v, t);
                    if (protest != null && trig != null && factual(g, protest.token())) {
                        out.add(protest);
                    } else if (protest != null) {
                        trig = protest;
                    }
                }
            } else if (entry != null && t.isNoun() && headlineVerb(v, t.index())) {
                // Headline syntax ("the ISF capture another ISIS leader") often parses the verb as a noun.
                trig = new Trig(t.index(), entry.cls(), v.actorAt(t.index() - 1) != null ? t.index() - 1 : null, Trig.listOf(nextNoun(v, t.index())), false);
            } else if (t.isNoun() && (NOMINAL_TRIGGERS.contains(nominalLemma(v, t)) || sitIn(v, t.index()))) {
                trig = nominal(v, t);
            } else if (t.isNoun() && (t.lemma().equalsIgnoreCase("wound") || t.lemma().equalsIgnoreCase("injury"))) {
                trig = woundsPhrase(v, t);
            } else if (t.isNoun() && t.lemma().equalsIgnoreCase("fire")) {
                trig = exchangedFire(v, t);
            } else if (t.isVerb()) {
                trig = protestByAgentOrPurpose(v, t);
                if (trig == null) {
                    trig = foundDead(v, t);
                }
                if (trig == null) {
                    trig = leftDead(v, t);
                }
                if (trig == null) {
                    trig = observedFire(v, t);
                }
            }
            if (trig != null && factual(g, trig.token())) {
                out.add(trig);
            }
        }
        return absorbCircumstances(g, out);
    }

    /**
     * A nominal trigger governed by an act describes its circumstance ("arrested during a raid"): it
     * joins that trigger's event, lending it its perpetrator. Under a casualty ("killed in an
     * attack") it is kept, as the event the casualty belongs to.
     */
    static List<Trig> absorbCircumstances(Graph g, List<Trig> triggers) {
        List<Trig> out = new ArrayList<>(triggers);
        for (Trig n : triggers) {
            if (!n.nominal()) {
                continue;
            }
            Trig governor = null;
            int node = n.token();
            for (int step = 0; step < 3 && governor == null; step++) {
                Dependency head = g.head(node);
                if (head == null || head.governor() < 0) {
                    break;
                }
                node = head.governor();
                for (Trig t : out) {
                    if (t.token() == node && !t.nominal()) {
                        governor = t;
                    }
                }
            }
            if (governor == null || governor.cls().casualty()) {
                // "killed in an attack", "killed after exchanging fire": the circumstance is the event
                // and decides its type; it stays, the casualty joins it in the sentence's group.
                continue;
            }
            out.remove(n);
            if (governor.agent() == null && n.agent() != null) {
                out.set(out.indexOf(governor), new Trig(governor.token(), governor.cls(), n.agent(), governor.patients(), false));
            }
        }
        return out;
    }

    Trig verbal(SentenceView v, Token t, Lexicon.Trigger entry) {
        Graph g = v.g();
        int i = t.index();
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        // Phrasal verbs: only "blow up" and "go off" are explosions.
        if (lemma.equals("blow") && !hasParticle(g, i, "up") || lemma.equals("go") && !hasParticle(g, i, "off")) {
            return null;
        }
        Dependency head = g.head(i);
        // A participle used as an adjective ("armed men", "wounded soldiers") is no event.
        if (head != null && head.relation().startsWith("amod")) {
            return null;
        }
        List<Integer> objects = g.childrenOf(i, "obj");
        // A bare participle without object or auxiliary is a reduced passive: "three others wounded",
        // "eight jihadists captured in …".
        boolean passive = g.hasChild(i, "aux:pass") || g.hasChild(i, "nsubj:pass")
                || (t.pos().equals("VBN") && objects.isEmpty() && !g.hasChild(i, "aux"));
        Integer subj = first(notPlaces(v, g.childrenOf(i, "nsubj:pass")), notPlaces(v, g.childrenOf(i, "nsubj")));
        if (subj == null && head != null && head.governor() >= 0
                && (head.relation().startsWith("advcl") || head.relation().startsWith("conj") || head.relation().startsWith("xcomp"))) {
            // "X ambushed a convoy, killing four": the participle's subject is the governing verb's.
            subj = first(g.childrenOf(head.governor(), "nsubj"));
            passive = passive && g.hasChild(i, "aux:pass");
        }
        if (subj == null && !passive && head != null && head.governor() >= 0 && head.relation().equals("dep")
                && g.token(head.governor()).pos().equals("VBN") && head.governor() < i
                && PLACING_PARTICIPLES.contains(g.token(head.governor()).lemma().toLowerCase(Locale.ROOT))) {
            // "forces of Artsakh located at nameless hills fired on …", parsed with "located" as the
            // main verb: the participle only placed its subject, who is the one that fired.
            subj = first(g.childrenOf(head.governor(), "nsubj"));
        }
        if (subj == null && !passive && t.pos().equals("VBG") && head != null && head.governor() >= 0
                && head.relation().equals("acl")) {
            // "forces conducted airstrikes targeting militants": the participle describes the object
            // of the verb whose subject acts; so too where the parse hangs it on the verb's target
            // ("the Taliban threw a grenade at a mosque, injuring 20 worshipers").
            Dependency up = g.head(head.governor());
            if (up != null && up.governor() >= 0 && (up.relation().startsWith("obj")
                    || up.relation().startsWith("obl") && g.token(up.governor()).pos().startsWith("VB"))) {
                subj = first(g.childrenOf(up.governor(), "nsubj"));
            }
        }
        if (subj == null && !passive) {
            // The parse lost the subject ("an army drone struck …", with "drone" tagged a verb): the
            // nearest noun before the trigger within its noun phrase.
            for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
                Token before = g.token(k);
                if (before.isNoun() && v.toponymAt(k) == null) {
                    subj = k;
                    break;
                }
                if (before.pos().equals("DT") || before.pos().equals(",") || before.pos().equals("IN") || before.pos().equals("CC")) {
                    // "killing four soldiers and wounding two": the soldiers are the victims of the first verb, no subject of the second
                    break;
                }
            }
        }
        Integer by = first(g.childrenOf(i, "obl:by"), g.childrenOf(i, "obl:agent"));
        // Who dies is the victim, never the agent: "three officers died".
        Integer agent = passive || entry.cls() == TriggerClass.DIE ? by : subj;
        List<Integer> patients = passive ? notPlaces(v, g.childrenOf(i, "nsubj:pass")) : objects;
        if (!passive && objects.isEmpty() && entry.cls() == TriggerClass.CLASH) {
            // "a mob clashed with the police": the other side is the oblique.
            patients = Trig.listOf(first(notTime(g, g.childrenOf(i, "obl:with")), notTime(g, g.childrenOf(i, "obl:against"))));
        }
        if (passive && patients.isEmpty() && subj != null) {
            patients = List.of(subj);
        }
        if ((passive || entry.cls() == TriggerClass.DIE) && entry.cls().casualty()) {
            List<Integer> listed = peopleInFrontedPlaces(v, i, passive ? patients : Trig.listOf(subj));
            if (!listed.isEmpty()) {
                patients = listed;
            }
        }
        if (!passive && patients.isEmpty() && entry.cls() != TriggerClass.DIE) {
            // The parse lost the object ("police arrested 12 people suspected of …"): take the next noun.
            patients = Trig.listOf(nextNoun(v, i));
        }
        if (!entry.requiredObjects().isEmpty()) {
            // The object, or the passive subject: "houses were burned".
            Integer object = !objects.isEmpty() ? objects.get(0) : passive ? first(g.childrenOf(i, "nsubj:pass")) : null;
            if (object == null || !entry.requiredObjects().contains(g.token(object).lemma().toLowerCase(Locale.ROOT))) {
                return null;
            }
            if (entry.cls() == TriggerClass.DESTROY) {
                // "burned houses" destroys the houses; "set fire to the market" the market.
                patients = lemma.equals("set") ? Trig.listOf(first(g.childrenOf(i, "obl:to"))) : List.of(object);
            } else {
                // "opened fire on a checkpoint", "exchanged fire with the police": the target is the oblique.
                patients = Trig.listOf(first(notTime(g, g.childrenOf(i, "obl:on")), notTime(g, g.childrenOf(i, "obl:at")), g.childrenOf(i, "obl:with")));
            }
        }
        Integer hostage = lemma.equals("take") ? hostageWord(g, i) : null;
        if (hostage != null) {
            // "took five farmers hostage", "took hostage five farmers", "were taken hostage": an
            // abduction of whoever was taken, not the word "hostage".
            List<Integer> taken = new ArrayList<>(passive ? g.childrenOf(i, "nsubj:pass") : objects);
            taken.remove(hostage);
            if (taken.isEmpty() && !passive) {
                taken = Trig.listOf(nextNoun(v, hostage));
            }
            return new Trig(i, TriggerClass.KIDNAP, agent, taken, false);
        }
        Integer patient = patients.isEmpty() ? null : patients.get(0);
        if (lemma.equals("take") || lemma.equals("catch")) {
            // "were taken" is an arrest only for a person taken, and never "taken to hospital".
            if (!passive || patient == null || !personLike(v, patient) || g.hasChild(i, "obl:to")
                    || g.hasChild(i, "compound:prt")) {
                return null;
            }
        }
        if (lemma.equals("march") || lemma.equals("rally")) {
            if (subj == null || !protesterLike(v, subj)) {
                return null;
            }
        }
        if (entry.cls() == TriggerClass.ATTACK && lemma.equals("target") && patient == null) {
            return null;
        }
        if (lemma.equals("fire")) {
            return fired(g, i, agent, objects);
        }
        if (entry.cls() == TriggerClass.ATTACK && toDeath(g, i)) {
            // "beaten to death", "shot dead": the attack killed its victims.
            return new Trig(i, TriggerClass.KILL, agent, patients, false);
        }
        return new Trig(i, entry.cls(), agent, patients, false);
    }

    /** Relations by which the parse hangs a subject onto a list of places before it. */
    private static final List<String> LIST_RELATIONS = List.of("conj", "nmod", "appos");

    /**
     * The people a casualty verb's subject names when the parse joined them to the list of places
     * fronted before them: "On Monday, in Wajir, North Eastern, Kenya, three policemen were
     * killed" may parse "policemen" as one more conjunct of the places, leaving the verb no
     * subject, or make "Kenya" the subject with the policemen in apposition. Looked for only when
     * the verb has no subject but places ({@code subjects} empty or all places): the nouns for
     * people, after a comma, within the places' conjuncts, appositions and modifiers, before the
     * verb. Empty when there are none.
     */
    private List<Integer> peopleInFrontedPlaces(SentenceView v, int verb, List<Integer> subjects) {
        Graph g = v.g();
        if (subjects.stream().anyMatch(k -> v.toponymAt(k) == null)) {
            return List.of();
        }
        List<Integer> starts = new ArrayList<>(subjects);
        for (Dependency d : g.children(verb)) {
            if (d.relation().startsWith("obl") && d.dependent() < verb) {
                starts.add(d.dependent());
            }
        }
        List<Integer> reached = new ArrayList<>();
        for (int s : starts) {
            collectList(g, s, reached, 0);
        }
        List<Integer> people = new ArrayList<>();
        for (int k : reached.stream().sorted().toList()) {
            boolean person = v.toponymAt(k) == null && g.token(k).isNoun() && (personLike(v, k) || actors.genericRole(g.token(k).lemma()).isPresent());
            if (!person || k > verb) {
                continue;
            }
            // The first of them opens a new phrase after a comma: "…, Kenya, three policemen".
            int start = g.phrase(k).get(0);
            if (!people.isEmpty() || start > 0 && g.token(start - 1).word().equals(",")) {
                people.add(k);
            }
        }
        return people;
    }

    private static void collectList(Graph g, int node, List<Integer> out, int depth) {
        if (out.contains(node) || depth > 6) {
            return;
        }
        out.add(node);
        for (Dependency d : g.children(node)) {
            if (LIST_RELATIONS.stream().anyMatch(d.relation()::startsWith)) {
                collectList(g, d.dependent(), out, depth + 1);
            }
        }
    }

    /** Words that make taking someone an abduction: "took them hostage", "were taken captive". */
    private static final Set<String> HOSTAGE_WORDS = Set.of("hostage", "hostages", "captive", "captives");

    /** The "hostage" of "took … hostage" (a dependent of the verb, or the word right after it), or null. */
    private static Integer hostageWord(Graph g, int verb) {
        for (Dependency d : g.children(verb)) {
            if (HOSTAGE_WORDS.contains(lowerWord(g.token(d.dependent())))) {
                return d.dependent();
            }
        }
        return verb + 1 < g.size() && HOSTAGE_WORDS.contains(lowerWord(g.token(verb + 1))) ? verb + 1 : null;
    }

    /**
     * "fired mortars at the positions of X", "fired on the patrol" attack X; "fired tear gas" is
     * police intervention; "fired into the air", or a weapon fired with no target, is no event.
     */
    private static Trig fired(Graph g, int i, Integer agent, List<Integer> objects) {
        boolean crowdControl = objects.stream().map(o -> g.token(o).lemma().toLowerCase(Locale.ROOT))
                .anyMatch(l -> CROWD_CONTROL.contains(l) && !l.equals("shell") && !l.equals("round"));
        if (crowdControl) {
            return new Trig(i, TriggerClass.INTERVENE, agent, List.of(), false);
        }
        Integer target = first(notTime(g, g.childrenOf(i, "obl:at")), notTime(g, g.childrenOf(i, "obl:on")), g.childrenOf(i, "obl:upon"));
        return target == null ? null : new Trig(i, TriggerClass.ATTACK, agent, List.of(target), false);
    }

    Trig nominal(SentenceView v, Token t) {
        Graph g = v.g();
        int i = t.index();
        String lemma = nominalLemma(v, t);
        Integer by = first(g.childrenOf(i, "nmod:by"));
        boolean byModifier = false;
        if (by == null) {
            // "a police raid", "a Taliban attack", "the army's assault": the actor named before the noun does it.
            for (Dependency d : g.children(i)) {
                boolean modifier = d.relation().startsWith("compound") || d.relation().equals("nmod:poss");
                if (modifier && by == null && (v.actorAt(d.dependent()) != null || armedRole(g.token(d.dependent())))) {
                    by = d.dependent();
                    byModifier = true;
                }
            }
        }
        Integer on = null;
        for (Dependency d : g.children(i)) {
            // "an attack on Tuesday by X on army positions": the target is not the day.
            boolean target = d.relation().equals("nmod:on") || d.relation().equals("nmod:against");
            if (target && on == null && !isTime(g.token(d.dependent()))) {
                on = d.dependent();
            }
        }
        if (on == null) {
            // "an attack by fighters … on army positions" often hangs the target on the agent, or the
            // attack under a misparsed head: look there too.
            Dependency up = g.head(i);
            for (Integer holder : new Integer[] {by, up == null || up.governor() < 0 ? null : up.governor()}) {
                if (holder == null || on != null || !g.token(holder).isNoun()) {
                    continue;
                }
                for (Dependency d : g.children(holder)) {
                    if ((d.relation().equals("nmod:on") || d.relation().equals("nmod:against")) && !isTime(g.token(d.dependent()))) {
                        on = d.dependent();
                        break;
                    }
                }
            }
        }
        if (lemma.equals("exchange")) {
            // "killed in an exchange of fire": a fight, whoever the text names.
            boolean ofFire = g.childrenOf(i, "nmod:of").stream()
                    .anyMatch(c -> Set.of("fire", "gunfire", "shot").contains(g.token(c).lemma().toLowerCase(Locale.ROOT)));
            return ofFire ? new Trig(i, TriggerClass.CLASH, by, Trig.listOf(first(g.childrenOf(i, "nmod:with"))), true) : null;
        }
        if (CLASH_NOUNS.contains(lemma)) {
            // "clashes between X and Y", "a shoot-out with the police", "a gunfight broke out".
            Integer with = first(g.childrenOf(i, "nmod:with"), g.childrenOf(i, "nmod:between"));
            Dependency up = g.head(i);
            String governor = up == null || up.governor() < 0 ? "" : g.token(up.governor()).lemma().toLowerCase(Locale.ROOT);
            boolean happened = up != null && up.relation().startsWith("nsubj")
                    && Set.of("break", "erupt", "occur", "ensue", "follow", "take").contains(governor);
            if (with == null && happened) {
                // "a shoot-out broke out between police and suspects": the sides hang on the verb.
                with = first(g.childrenOf(up.governor(), "obl:with"), g.childrenOf(up.governor(), "obl:between"));
            }
            return with != null || by != null || happened ? new Trig(i, TriggerClass.CLASH, by, Trig.listOf(with), true) : null;
        }
        TriggerClass cls = switch (lemma) {
            case "protest", "demonstration", "rally", "sit-in", "sit", "vigil", "march", "motorcade" -> TriggerClass.PROTEST;
            case "airstrike", "strike", "shelling" -> TriggerClass.STRIKE;
            case "explosion", "blast", "bombing" -> TriggerClass.EXPLODE;
            default -> TriggerClass.ATTACK;
        };
        Dependency head = g.head(i);
        String headLemma = head == null || head.governor() < 0 ? "" : g.token(head.governor()).lemma().toLowerCase(Locale.ROOT);
        // "held a protest", "took part in a protest", "joined the rally".
        boolean hosted = head != null && (head.relation().startsWith("obj") && PROTEST_HOSTS.contains(headLemma)
                || head.relation().startsWith("obl") && Set.of("take", "participate", "join").contains(headLemma));
        boolean plural = t.pos().equals("NNS") && !g.hasChild(i, "nummod");
        if (lemma.equals("strike") && (hosted && !headLemma.equals("launch") || headLemma.equals("go") && head.relation().startsWith("obl"))) {
            // "went on strike", "staged a strike": a strike is a protest, not an air strike.
            return new Trig(i, TriggerClass.PROTEST, by, List.of(), true);
        }
        if (cls == TriggerClass.PROTEST) {
            return hosted || g.hasChild(i, "nmod:in") || g.hasChild(i, "nmod:against") || g.hasChild(i, "nmod:outside")
                    ? new Trig(i, cls, by, List.of(), true) : null;
        }
        // A plural without a number ("increased attacks") is a trend, not an event. An attack named
        // only by its doer is one when it is the circumstance of what happened ("killed during a
        // police raid"), not when it is talked about ("fears of a Taliban attack").
        boolean circumstance = head != null && head.relation().startsWith("obl");
        if (plural || ((by == null || byModifier && !circumstance) && on == null)) {
            return null;
        }
        return new Trig(i, cls, by, Trig.listOf(on), true);
    }

    /**
     * Protesting without the word: whatever protesters do ("protesters honked horns"), and people
     * gathering, marching or blocking a road to demand or denounce something.
     */
    private Trig protestByAgentOrPurpose(SentenceView v, Token t) {
        Graph g = v.g();
        int i = t.index();
        Integer subj = first(g.childrenOf(i, "nsubj"));
        if (subj == null) {
            return null;
        }
        if (protesterLike(v, subj) && !SPEECH_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
            return new Trig(i, TriggerClass.PROTEST, subj, List.of(), false);
        }
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if ((lemma.equals("take") || lemma.equals("hit"))
                && (g.childrenOf(i, "obl:to").stream().anyMatch(c -> g.token(c).lemma().equalsIgnoreCase("street"))
                    || lemma.equals("hit") && g.childrenOf(i, "obj").stream().anyMatch(c -> g.token(c).lemma().equalsIgnoreCase("street")))) {
            // "took to the streets", "hit the streets".
            return new Trig(i, TriggerClass.PROTEST, subj, List.of(), false);
        }
        if (!PROTEST_ACTIONS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (Dependency d : g.children(i)) {
            boolean purpose = d.relation().startsWith("advcl") || d.relation().startsWith("xcomp");
            if (purpose && PROTEST_PURPOSES.contains(g.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
                return new Trig(i, TriggerClass.PROTEST, subj, List.of(), false);
            }
        }
        return null;
    }

    /** What protesters say or are is no protest of its own: "Protesters informed that …". */
    private static final Set<String> SPEECH_VERBS = Set.of("say", "be", "tell", "inform", "state", "report", "claim",
            "complain", "explain", "add", "note", "allege", "accuse", "have", "announce", "insist", "argue", "want");

    /** Verbs of monitors' reports: "the mission observed 21 explosions", "recorded 40 ceasefire violations". */
    private static final Set<String> OBSERVING = Set.of("observe", "record", "register");
    private static final Set<String> FIRE_SOUNDS = Set.of("explosion", "explosions", "projectile", "projectiles", "blast", "blasts",
            "shot", "shots", "burst", "bursts", "gunfire");
    /** Words of direct fire: with them the observed fire is a fight, not shelling. */
    private static final Set<String> GUNFIRE_WORDS = Set.of("shot", "shots", "burst", "bursts", "gunfire", "small-arms");

    /**
     * Fire observed by monitors or heard by residents, as ceasefire reports tell it: "observed a
     * total of 21 explosions involving unknown weapons near X" is shelling; shots or bursts of
     * fire ("projectiles/explosions/shots", "bursts of small-arms fire") are a fight.
     */
    private static Trig observedFire(SentenceView v, Token t) {
        Graph g = v.g();
        int i = t.index();
        if (!OBSERVING.contains(t.lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        Integer what = first(g.childrenOf(i, "obj"), g.childrenOf(i, "nsubj:pass"));
        if (what == null) {
            return null;
        }
        // "a total of 21 explosions": the counted noun is under "total".
        if (Set.of("total", "number", "series").contains(g.token(what).lemma().toLowerCase(Locale.ROOT))) {
            Integer of = first(g.childrenOf(what, "nmod:of"));
            if (of != null) {
                what = of;
            }
        }
        boolean fire = false;
        for (String part : lowerWord(g.token(what)).split("/")) {
            fire |= FIRE_SOUNDS.contains(part);
        }
        if (!fire) {
            return null;
        }
        // "explosions/bursts of fire involving small arms": the whole sentence says whether guns fired.
        List<String> words = new ArrayList<>();
        for (Token w : v.sentence().tokens()) {
            words.addAll(List.of(lowerWord(w).split("/")));
        }
        // Fire "in both directions of the frontline" was exchanged: a fight, whatever the weapons.
        // Bursts from heavy machine guns alone are heavy weapons' fire from afar, as ACLED codes it:
        // shelling, unless small arms fired too.
        boolean smallArms = java.util.Collections.indexOfSubList(words, List.of("small", "arms")) >= 0
                || words.contains("small-arms");
        boolean heavyOnly = java.util.Collections.indexOfSubList(words, List.of("heavy", "machine")) >= 0
                || java.util.Collections.indexOfSubList(words, List.of("heavy", "machineguns")) >= 0
                || words.contains("heavy-machine-gun");
        boolean gunfire = smallArms || words.stream().anyMatch(GUNFIRE_WORDS::contains) && !heavyOnly
                || java.util.Collections.indexOfSubList(words, List.of("both", "directions")) >= 0;
        return new Trig(what, gunfire ? TriggerClass.CLASH : TriggerClass.SHELL, null, List.of(), false);
    }

    /** "two men were found dead", "the bodies of three people were found": killings by unknown hands. */
    private static Trig foundDead(SentenceView v, Token t) {
        Graph g = v.g();
        int i = t.index();
        if (!t.lemma().equalsIgnoreCase("find") || !g.hasChild(i, "aux:pass")) {
            return null;
        }
        Integer subj = first(g.childrenOf(i, "nsubj:pass"));
        if (subj == null) {
            return null;
        }
        boolean dead = g.childrenOf(i, "xcomp").stream().anyMatch(c -> lowerWord(g.token(c)).equals("dead"))
                || g.childrenOf(i, "advmod").stream().anyMatch(c -> lowerWord(g.token(c)).equals("dead"));
        boolean bodies = Set.of("body", "corpse", "remains").contains(g.token(subj).lemma().toLowerCase(Locale.ROOT));
        if (!dead && !bodies) {
            return null;
        }
        // "the bodies of three people": the people are counted, not the word "bodies".
        Integer counted = subj;
        if (bodies) {
            for (int c : g.childrenOf(subj, "nmod:of")) {
                counted = c;
            }
        }
        return new Trig(i, TriggerClass.KILL, null, List.of(counted), false);
    }

    /** Words that say whom an act "left" dead. */
    private static final Set<String> DEAD_WORDS = Set.of("dead", "killed");

    /**
     * "opened fire on a bus, leaving three people dead", "the blast left a soldier and a farmer
     * dead": a killing of the people left dead, by whoever or whatever left them. Null when the verb
     * is not "leave" with someone dead, and when a conjunct after the word "dead" names other people
     * ("leaving 10 civilians killed and seven others injured": the injured are not among the dead).
     */
    private static Trig leftDead(SentenceView v, Token t) {
        Graph g = v.g();
        int i = t.index();
        if (!t.lemma().equalsIgnoreCase("leave")) {
            return null;
        }
        List<Integer> dead = new ArrayList<>();
        Integer deadWord = null;
        for (int o : g.childrenOf(i, "obj")) {
            // "leaving three people dead": the parser reads "dead" as an adjective of the object.
            for (int a : g.childrenOf(o, "amod")) {
                if (a > o && DEAD_WORDS.contains(lowerWord(g.token(a))) && deadWord == null) {
                    dead.add(o);
                    deadWord = a;
                }
            }
        }
        for (int x : g.childrenOf(i, "xcomp")) {
            // "left a soldier and a farmer dead": "dead" a predicate, the dead its subject or the verb's object.
            if (DEAD_WORDS.contains(lowerWord(g.token(x))) && deadWord == null) {
                List<Integer> subjects = g.childrenOf(x, "nsubj");
                dead.addAll(!subjects.isEmpty() ? subjects.subList(0, 1) : g.childrenOf(i, "obj").stream().limit(1).toList());
                deadWord = x;
            }
        }
        if (dead.isEmpty()) {
            return null;
        }
        for (int c : g.childrenOf(dead.get(0), "conj")) {
            if (c > deadWord && (g.token(c).isNoun() || g.token(c).pos().equals("CD"))) {
                return null;
            }
        }
        return new Trig(i, TriggerClass.KILL, first(g.childrenOf(i, "nsubj")), dead, false);
    }

    /** The tokens that are not days or times: "fired on the positions", not "on 1 May". */
    static List<Integer> notTime(Graph g, List<Integer> tokens) {
        return tokens.stream().filter(k -> !isTime(g.token(k))).toList();
    }

    /** "beaten to death", "stabbed to death", "shot dead". */
    static boolean toDeath(Graph g, int i) {
        for (int c : g.childrenOf(i, "obl:to")) {
            if (g.token(c).lemma().equalsIgnoreCase("death")) {
                return true;
            }
        }
        for (Dependency d : g.children(i)) {
            if ((d.relation().equals("xcomp") || d.relation().equals("advmod") || d.relation().startsWith("obj"))
                    && lowerWord(g.token(d.dependent())).equals("dead")) {
                return true;
            }
            // "shot dead two policemen": the parser reads "dead" as an adjective of the object; it is
            // the verb's only when it follows the verb at once ("shot the dead man" is no killing).
            if (d.relation().equals("obj")) {
                for (int a : g.childrenOf(d.dependent(), "amod")) {
                    if (a == i + 1 && lowerWord(g.token(a)).equals("dead")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "after exchanging fire with police", parsed with "exchanging" as an adjective of the noun "fire". */
    private static Trig exchangedFire(SentenceView v, Token t) {
        Graph g = v.g();
        int i = t.index();
        boolean exchanged = g.childrenOf(i, "amod").stream().anyMatch(c -> g.token(c).lemma().equalsIgnoreCase("exchange"));
        return exchanged ? new Trig(i, TriggerClass.CLASH, null, Trig.listOf(first(g.childrenOf(i, "nmod:with"))), true) : null;
    }

    static boolean isTime(Token t) {
        return t.ner().equals("DATE") || t.ner().equals("TIME") || t.ner().equals("DURATION")
                || Set.of("morning", "night", "evening", "afternoon", "day", "dawn").contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** "sit-in", which the tokenizer splits into "sit", "-", "in". */
    /**
     * The lower-case lemma of a noun, or of the hyphenated word it ends: the tokenizer splits
     * "shoot-out" and "gun-battle" into three tokens ("shoot", "-", "out"), so the noun "out" is
     * read as "shoot-out" — or as "gunbattle" when that is how the trigger list writes it.
     */
    static String nominalLemma(SentenceView v, Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        List<Token> tokens = v.sentence().tokens();
        int i = t.index();
        if (i < 2 || !tokens.get(i - 1).word().equals("-") || tokens.get(i - 2).span().end() != tokens.get(i - 1).span().start()
                || tokens.get(i - 1).span().end() != t.span().start()) {
            return lemma;
        }
        String hyphenated = lowerWord(tokens.get(i - 2)) + "-" + lemma;
        if (NOMINAL_TRIGGERS.contains(hyphenated)) {
            return hyphenated;
        }
        String joined = lowerWord(tokens.get(i - 2)) + lemma;
        return NOMINAL_TRIGGERS.contains(joined) ? joined : lemma;
    }

    static boolean sitIn(SentenceView v, int i) {
        List<Token> tokens = v.sentence().tokens();
        return lowerWord(tokens.get(i)).equals("sit") && i + 2 < tokens.size()
                && tokens.get(i + 1).word().equals("-") && lowerWord(tokens.get(i + 2)).equals("in");
    }

    /** "escaped with gunshot wounds", "hospitalised with injuries": the subject of the verb was injured. */
    Trig woundsPhrase(SentenceView v, Token t) {
        Dependency head = v.g().head(t.index());
        if (head == null || head.governor() < 0 || !head.relation().equals("obl:with")) {
            return null;
        }
        String verb = v.g().token(head.governor()).lemma().toLowerCase(Locale.ROOT);
        if (Set.of("find", "kill", "die", "shoot").contains(verb)) {
            // "found dead with gunshot wounds": the wounds of the dead make no injured.
            return null;
        }
        Integer subj = first(v.g().childrenOf(head.governor(), "nsubj"), v.g().childrenOf(head.governor(), "nsubj:pass"));
        return subj == null ? null : new Trig(t.index(), TriggerClass.INJURE, null, List.of(subj), true);
    }

    boolean headlineVerb(SentenceView v, int i) {
        List<Token> tokens = v.sentence().tokens();
        if (i == 0 || i + 1 >= tokens.size() || v.actorAt(i - 1) == null) {
            return false;
        }
        String nextPos = tokens.get(i + 1).pos();
        return nextPos.equals("DT") || nextPos.equals("CD") || nextPos.startsWith("NNP") || nextPos.equals("JJ");
    }

    static Integer nextNoun(SentenceView v, int i) {
        List<Token> tokens = v.sentence().tokens();
        for (int k = i + 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.isNoun() && v.actorAt(k) == null) {
                // The head of an English noun phrase is its last noun: "a Puntland security forces post".
                while (k + 1 < tokens.size() && tokens.get(k + 1).isNoun()) {
                    k++;
                }
                return k;
            }
            if (t.pos().equals(":") || t.pos().equals(",") || t.pos().equals("IN")) {
                break;
            }
        }
        return null;
    }

    static boolean hasParticle(Graph g, int i, String particle) {
        for (int c : g.childrenOf(i, "compound:prt")) {
            if (lowerWord(g.token(c)).equals(particle)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasAuxHave(Graph g, int i) {
        for (int c : g.childrenOf(i, "aux")) {
            if (g.token(c).lemma().equalsIgnoreCase("have")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subjects that are not place names, when there are such and places too: "in Acapulco,
     * Guerrero, police officers were shot" parses the fronted state as a second subject. A place
     * alone stays ("Mosul was shelled").
     */
    private static List<Integer> notPlaces(SentenceView v, List<Integer> subjects) {
        if (subjects.size() < 2) {
            return subjects;
        }
        List<Integer> others = subjects.stream().filter(k -> v.toponymAt(k) == null).toList();
        return others.isEmpty() ? subjects : others;
    }

    @SafeVarargs
    static Integer first(List<Integer>... lists) {
        for (List<Integer> l : lists) {
            if (!l.isEmpty()) {
                return l.get(0);
            }
        }
        return null;
    }

    /**
     * False for triggers the text does not report as having happened: negated, modal, under an aim,
     * plan, fear or denial, habitual, or conditional.
     */
    static boolean factual(Graph g, int trigger) {
        int node = trigger;
        // The trigger's own clause: the trigger, or for a noun ("during the clashes") the verb it is
        // an argument or adjunct of ("are periodically injured during the clashes").
        boolean ownClause = true;
        for (int step = 0; step < 5 && node >= 0; step++) {
            for (Dependency d : g.children(node)) {
                String w = lowerWord(g.token(d.dependent()));
                String r = d.relation();
                if (ownClause && (r.equals("advmod") || r.equals("neg")) && (NEGATION.contains(w) || HABITUAL.contains(w))) {
                    return false;
                }
                if ((step == 0 || r.equals("aux")) && r.startsWith("aux") && MODAL_AUX.contains(w)) {
                    return false;
                }
                if (step == 0 && r.equals("mark") && (w.equals("if") || w.equals("unless"))) {
                    return false;
                }
                // "an operation to arrest him": a purpose, which may not have come about. Police
                // "fired tear gas to disperse" a crowd are the exception news treats as done.
                if (step == 0 && r.equals("mark") && w.equals("to") && g.token(trigger).lemma().equalsIgnoreCase("arrest")) {
                    return false;
                }
            }
            if (step > 0 && NON_FACTUAL_GOVERNORS.contains(g.token(node).lemma().toLowerCase(Locale.ROOT))) {
                return false;
            }
            Dependency head = g.head(node);
            if (head == null || head.governor() < 0) {
                break;
            }
            String r = head.relation();
            // Climb only through the relations that embed an event under a governing verb or noun.
            if (!(r.startsWith("xcomp") || r.startsWith("ccomp") || r.startsWith("advcl") || r.startsWith("acl")
                    || r.startsWith("obj") || r.startsWith("conj") || r.startsWith("nmod") || r.startsWith("obl"))) {
                break;
            }
            ownClause = step == 0 && g.token(node).isNoun() && (r.startsWith("obl") || r.startsWith("obj"));
            node = head.governor();
        }
        return true;
    }

    static boolean personLike(SentenceView v, int tok) {
        String lemma = v.g().token(tok).lemma().toLowerCase(Locale.ROOT);
        return v.actorAt(tok) != null || PERSON_NOUNS.contains(lemma) || v.g().token(tok).pos().equals("CD")
                || v.g().phrase(tok).stream().anyMatch(p -> v.actorAt(p) != null);
    }

    /** A generic noun for those who use force: soldiers, police, militants, gangs, a mob. */
    private boolean armedRole(Token t) {
        return actors.genericRole(t.lemma()).map(r -> r != GenericRole.PROTESTERS && r != GenericRole.CIVILIANS).orElse(false);
    }

    boolean protesterLike(SentenceView v, int tok) {
        return actors.genericRole(v.g().token(tok).lemma()).map(r -> r == GenericRole.PROTESTERS).orElse(false);
    }
}
