package org.sitrep.extract;

import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.ActorMention;
import org.sitrep.actors.GenericRole;
import org.sitrep.geo.Countries;
import org.sitrep.geo.Country;
import org.sitrep.geo.CountryFocus;
import org.sitrep.geo.PlaceName;
import org.sitrep.geo.ToponymMatcher;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Article;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventCategory;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.nlp.LemmaCueFilter;
import org.sitrep.nlp.ParseSelector;
import org.sitrep.nlp.RelevanceFilter;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.sitrep.extract.Vocabulary.lowerWord;

/**
 * The first event coder: lexicon triggers, arguments from the dependency parse, ACLED typing by
 * trigger, means and actors, then article-level rules ({@link Discourse}). Thread-safe: it holds
 * only immutable dictionaries.
 *
 * <p>What it codes today: arrests, attacks and clashes (with their casualties), explosions and
 * remote violence by means, abductions, troop deployments, protests, territorial seizures. What
 * it drops: negated, modal, planned, attempted, habitual, conditional, questioned and historical
 * reports, and summaries of events the article details (see {@link Discourse}).
 */
public final class RuleBasedExtractor implements EventExtractor {
    /** Words that turn a protest into a violent demonstration. */
    private static final Set<String> RIOT_CUES = Set.of("torched", "stones", "stone", "rioted", "looted", "pelted", "pelting",
            "burned", "burnt", "vandalised", "vandalized", "smashed", "ransacked", "rocks", "molotov", "petrol", "stormed",
            // ACLED's definition: physical clashes, and road blocks of barricades or burning tyres.
            "clashed", "clashes", "scuffled", "barricade", "barricades", "barricaded", "barricading", "burning", "tyres", "tires",
            "rioting", "stoned", "stoning");
    /** Words that say the authorities intervened in a protest. */
    private static final Set<String> INTERVENTION_CUES = Set.of("dispersed", "disperse", "cannon", "rubber", "baton",
            "batons", "lathi", "lathi-charged", "lathicharged", "detained", "arrested", "teargas", "tear", "intervened");
    /** Words that say a fight was between armed people. */
    private static final Set<String> ARMED_CUES = Set.of("gun", "guns", "gunfire", "fire", "fired", "shoot", "shot", "shots",
            "firearms", "rifles", "gunmen", "shooting", "bullets", "firefight", "gunfight", "shootout", "shoot-out",
            "gunbattle", "armed", "militia", "militias", "rebels", "fighters", "militants", "soldiers", "troops", "police",
            "forces", "military", "army", "gang", "gangs", "guerrillas", "insurgents", "militiamen", "jihadists",
            "weapons", "frontline", "front", "clan", "inter-clan");
    /** Direct-fire weapons: heavy weapons fired together with these make a clash, not remote shelling. */
    private static final Set<String> SMALL_ARMS_CUES = Set.of("small", "machine", "rifles", "automatic", "firearms");
    /** Stones and sticks: what people without guns fight with. */
    private static final Set<String> STONE_CUES = Set.of("stones", "stone", "pelted", "pelting", "stoned", "stoning",
            "brickbats", "rocks", "sticks");

    /**
     * Whether one side is the state's forces, the other no armed group the text names, and the
     * sentence tells stones thrown and no gun fired (warning shots and tear gas are the police's).
     */
    private static boolean stonesAgainstTheState(Arguments.Arg agent, Arguments.Arg patient, List<String> words) {
        boolean state = isState(agent) || isState(patient);
        boolean armedOther = armedNonState(agent) || armedNonState(patient);
        return state && !armedOther && words.stream().anyMatch(STONE_CUES::contains)
                && words.stream().noneMatch(FIREARM_CUES::contains);
    }

    private static boolean isState(Arguments.Arg a) {
        return a != null && a.actor != null && a.actor.type() == ActorType.STATE_FORCES;
    }

    private static boolean armedNonState(Arguments.Arg a) {
        return a != null && a.actor != null && a.actor.type().armed() && a.actor.type() != ActorType.STATE_FORCES;
    }

    /** Words that tell two sides fighting, in a sentence whose trigger is an attack or a killing. */
    private static final Set<String> FIGHT_CUES = Set.of("clash", "clashes", "clashed", "firefight", "gunfight", "gunbattle",
            "shootout", "skirmish", "skirmishes", "repelled", "repulsed", "repel", "repulse");
    /** Words of firing a gun: whoever does it against armed men fights them, as an armed actor. */
    private static final Set<String> FIREARM_CUES = Set.of("shot", "shoot", "shoots", "shooting", "gunfire", "gunshot",
            "gunshots", "gun", "guns", "firearm", "firearms", "pistol", "rifle", "rifles");
    /** Weapons fired from afar at positions: with no small arms, their fire is shelling. */
    private static final Set<String> STAND_OFF_WEAPONS = Set.of("launcher", "launchers", "ifv", "ifvs", "bmp", "anti-tank", "recoilless");

    /** Small arms named ("small arms", "rifles", "machine guns"); "heavy machine guns" are not. */
    private static boolean smallArms(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (SMALL_ARMS_CUES.contains(words.get(i)) && !(words.get(i).equals("machine") && i > 0 && words.get(i - 1).equals("heavy"))) {
                return true;
            }
        }
        return false;
    }

    private final ActorDictionary actors;
    private final ToponymMatcher toponyms;
    private final CountryFocus focus;
    private final Countries countries;
    private final Lexicon lexicon;
    private final Triggers triggers;
    private final Arguments arguments;
    private final Places places;

    public RuleBasedExtractor(ActorDictionary actors, ToponymMatcher toponyms, CountryFocus focus, Countries countries) {
        this.actors = actors;
        this.toponyms = toponyms;
        this.focus = focus;
        this.countries = countries;
        this.lexicon = Lexicon.bundled();
        this.triggers = new Triggers(lexicon, actors);
        this.arguments = new Arguments(actors, countries);
        this.places = new Places(toponyms, actors);
    }

    /** Everything the sentence-level rules need to know about the whole article. */
    /**
     * @param salientStateForce the state force of the focus country the article names most by name
     *     ("Iraqi Security Forces"), or null
     * @param salientForceRole the police unit the article names most ("the Military Police", "federal
     *     police forces"), else the focus country's military or police, whichever the article's
     *     common nouns name more ("police officers", "soldiers"), or null
     */
    record Context(Article article, String focusIso3, String countryName, List<Actor> armedGroups, Actor salientStateForce,
                   Actor salientForceRole, int latestYear, int[] paragraphOfSentence, PlaceName anchor) {
        /** The non-state armed group the article names most, or null. */
        Actor salientArmedGroup() {
            return armedGroups.isEmpty() ? null : armedGroups.get(0);
        }

        /** The police unit the article names most ("Military Forces of Brazil Military Police"), or null. */
        Actor policeUnit() {
            return salientForceRole != null && salientForceRole.id().indexOf('/') > 0 ? salientForceRole : null;
        }
    }

    /**
     * The sentences this coder can use a parse of: those with a trigger word. Give it to the
     * annotator so that it parses nothing else.
     */
    public ParseSelector parseSelector() {
        return triggers::mayCarryEvent;
    }

    /** Texts from this many words on are sorted by the relevance cues, shorter ones by the triggers. */
    static final int LONG_TEXT_WORDS = 150;
    /** How many consecutive sentences of a long text must name the kinds of an event together. */
    static final int RELEVANCE_WINDOW_SENTENCES = 2;

    /**
     * The articles worth coding ({@link LemmaCueFilter}). A text under {@value #LONG_TEXT_WORDS}
     * words passes when a word can have a trigger lemma: one without has no sentence
     * {@link #parseSelector()} would parse, and sentences without a parse give no event, so
     * skipping it changes no output. A longer text passes when the words of one sentence, or of two
     * consecutive ones, can have lemmas of {@code relevance-cues.tsv} of kinds that report an event
     * together: an agent with harm,
     * violence, a weapon or an arrest ("militants … killed", "police arrested"); a weapon with harm
     * ("a bomb … killed"); three of harm, violence, weapon and arrest ("clashed … killed …
     * detained"); or a protest. Trigger lemmas alone ("go", "take", "hit") are in nearly
     * every article of a news stream, and sport, markets and films borrow the words of violence
     * ("the striker shot", "a bomb of a movie") without agents — and over a whole article, with
     * them ("a blast of icy wind" … "two drivers were killed"), which two sentences rarely do.
     */
    public RelevanceFilter relevanceFilter() {
        return new LemmaCueFilter(triggers::isCue, lexicon::relevanceKind, RuleBasedExtractor::reportsEvent, LONG_TEXT_WORDS,
                RELEVANCE_WINDOW_SENTENCES);
    }

    private static boolean reportsEvent(Set<String> kinds) {
        int acts = (kinds.contains("HARM") ? 1 : 0) + (kinds.contains("VIOLENCE") ? 1 : 0) + (kinds.contains("WEAPON") ? 1 : 0)
                + (kinds.contains("ARREST") ? 1 : 0);
        // Three kinds of act without a listed agent: "security forces clashed …, killed 8, and detained two".
        return kinds.contains("PROTEST")
                || kinds.contains("AGENT") && acts > 0
                || kinds.contains("WEAPON") && kinds.contains("HARM")
                || acts >= 3;
    }

    /** Whether a sentence's lower-case words tell of rioting: stones, torching, barricades, clashes. */
    private static boolean tellsRiot(List<String> words) {
        return words.stream().anyMatch(w -> RIOT_CUES.contains(w) && !(w.equals("barricaded") && words.contains("themselves")))
                || words.contains("set") && words.contains("fire");
    }

    /**
     * A peaceful protest whose next sentence, in the same paragraph and with no protest of its own,
     * tells the state's forces intervening ("Police resorted to a baton charge", "The police
     * interfered", "tear gas") met an intervention: the forces are its actor2.
     */
    private void metIntervention(List<Draft> drafts, List<Boolean> interventionBySentence, Context ctx) {
        for (Draft d : drafts) {
            int next = d.sentence + 1;
            if (d.type == EventType.PEACEFUL_PROTEST && next < interventionBySentence.size() && interventionBySentence.get(next)
                    && ctx.paragraphOfSentence()[next] == ctx.paragraphOfSentence()[d.sentence]
                    && drafts.stream().noneMatch(o -> o.sentence == next && o.type.category() == EventCategory.PROTESTS)) {
                d.type = EventType.PROTEST_WITH_INTERVENTION;
                if (d.actor2 == null) {
                    d.actor2 = ctx.salientStateForce() != null ? ctx.salientStateForce() : role(GenericRole.STATE_POLICE, ctx);
                }
            }
        }
    }

    /**
     * In a country whose criminal violence ACLED codes ({@link ActorDictionary#codesGangs}), the
     * unidentified armed group of an event whose paragraph names criminal groups is an unidentified
     * gang ("Unidentified Gang (Mexico)"), on either side; the one that killed in organised crime's
     * manner, told in the paragraph (a drive-by shooting, a body found bound or beheaded), is the
     * country's unattributed killer ({@link ActorDictionary#unattributedKiller}).
     */
    private void nameCriminals(List<Draft> drafts, List<CriminalViolence.Cue> crimeBySentence, Context ctx) {
        if (!actors.codesGangs(ctx.focusIso3())) {
            return;
        }
        Actor armedGroup = role(GenericRole.ARMED_GROUP, ctx);
        Map<Integer, CriminalViolence.Cue> byParagraph = new HashMap<>();
        for (int s = 0; s < crimeBySentence.size(); s++) {
            byParagraph.merge(ctx.paragraphOfSentence()[s], crimeBySentence.get(s), CriminalViolence.Cue::or);
        }
        for (Draft d : drafts) {
            CriminalViolence.Cue cue = byParagraph.getOrDefault(d.paragraph, CriminalViolence.Cue.NONE);
            if (cue == CriminalViolence.Cue.ATTRIBUTED) {
                Actor gang = role(GenericRole.GANG, ctx);
                d.actor1 = armedGroup.equals(d.actor1) ? gang : d.actor1;
                d.actor2 = armedGroup.equals(d.actor2) ? gang : d.actor2;
            } else if (cue == CriminalViolence.Cue.HALLMARK && armedGroup.equals(d.actor1)) {
                d.actor1 = actors.unattributedKiller(ctx.focusIso3(), ctx.countryName());
            }
        }
    }

    /** Words that give a crowd's violence a demand, as a demonstration has. */
    private static final Set<String> DEMAND_CUES = Set.of("demanding", "demanded", "demand", "demands", "denouncing",
            "dharna", "demonstrate", "demonstrating");

    /** Words of the authorities stepping in on a crowd, beyond {@link #INTERVENTION_CUES}. */
    private static final Set<String> STEPPING_IN = Set.of("interfered", "intervene", "baton-charged", "baton-charge");

    /** Whether a sentence tells the state's forces stepping in: an intervention word and a state force named. */
    private boolean tellsIntervention(SentenceView v) {
        boolean stepped = false;
        boolean force = false;
        for (Token t : v.g().sentence.tokens()) {
            String w = lowerWord(t);
            stepped |= INTERVENTION_CUES.contains(w) || STEPPING_IN.contains(w);
            GenericRole role = actors.genericRole(t.lemma()).orElse(null);
            force |= role == GenericRole.STATE_POLICE || role == GenericRole.STATE_MILITARY;
        }
        for (ActorMention m : v.actors()) {
            force |= m.actor().type() == ActorType.STATE_FORCES;
        }
        return stepped && force;
    }

    /**
     * A protest next to a sentence of the same paragraph that tells of rioting and no protest of its
     * own turned violent: "… demonstrated in Hyderabad demanding their wages. Rioters pelted stones
     * at the police." (the sentence after), "Residents blocked the road with burning tyres. The
     * police dispersed the demonstrators." (the sentence before, told without a protest word).
     */
    private static void turnViolent(List<Draft> drafts, List<Boolean> riotBySentence, Context ctx) {
        for (Draft d : drafts) {
            boolean protest = d.type == EventType.PEACEFUL_PROTEST || d.type == EventType.PROTEST_WITH_INTERVENTION;
            if (protest && (riotNextTo(d, d.sentence + 1, drafts, riotBySentence, ctx) || riotNextTo(d, d.sentence - 1, drafts, riotBySentence, ctx))) {
                d.type = EventType.VIOLENT_DEMONSTRATION;
                if (d.rioters != null) {
                    d.actor1 = d.rioters;
                }
            }
        }
    }

    /** Whether sentence {@code other}, in the paragraph of {@code d}, tells of rioting and of no protest of its own. */
    private static boolean riotNextTo(Draft d, int other, List<Draft> drafts, List<Boolean> riotBySentence, Context ctx) {
        return other >= 0 && other < riotBySentence.size() && riotBySentence.get(other)
                && ctx.paragraphOfSentence()[other] == ctx.paragraphOfSentence()[d.sentence]
                && drafts.stream().noneMatch(o -> o.sentence == other && o.type.category() == EventCategory.PROTESTS);
    }

    @Override
    public List<CodedMention> extract(AnnotatedArticle annotated) {
        Article article = annotated.article();
        Context ctx = context(annotated);
        List<Draft> drafts = new ArrayList<>();
        List<Discourse.Claim> claims = new ArrayList<>();
        List<List<PlaceName>> placesBySentence = new ArrayList<>();
        List<DateResolver.Resolved> datesBySentence = new ArrayList<>();
        List<Boolean> riotBySentence = new ArrayList<>();
        List<Boolean> interventionBySentence = new ArrayList<>();
        List<CriminalViolence.Cue> crimeBySentence = new ArrayList<>();
        for (Sentence s : annotated.sentences()) {
            SentenceView view = new SentenceView(s, new Graph(s), actors.find(s.tokens()), places.findToponyms(article.text(), s));
            placesBySentence.add(places.carriable(view));
            String text = s.text(article.text());
            // A date of the past ("in 2014, IS took Mosul") is no date of what the article reports,
            // and rioting then ("last year similar protests ended in clashes") none of today's.
            boolean historical = DateResolver.historical(text, article.publishedOn(), ctx.latestYear());
            datesBySentence.add(historical ? null : DateResolver.resolve(text, article.publishedOn()));
            riotBySentence.add(!historical && tellsRiot(s.tokens().stream().map(Vocabulary::lowerWord).toList()));
            interventionBySentence.add(!historical && tellsIntervention(view));
            crimeBySentence.add(historical ? CriminalViolence.Cue.NONE : CriminalViolence.of(text));
            drafts.addAll(codeSentence(view, ctx));
            Discourse.Claim claim = claim(view, ctx);
            if (claim != null) {
                claims.add(claim);
            }
        }
        turnViolent(drafts, riotBySentence, ctx);
        metIntervention(drafts, interventionBySentence, ctx);
        nameCriminals(drafts, crimeBySentence, ctx);
        List<CodedMention> coded = new ArrayList<>();
        for (CodedMention cm : Discourse.resolve(drafts, claims, placesBySentence, datesBySentence, ctx)) {
            coded.add(datedNames(cm, article));
        }
        return coded;
    }

    /**
     * Actors named as ACLED names them on the event's day (else the publication day) in the
     * article's country: state forces by the government in force ("Military Forces of Ukraine
     * (2019-)"), groups by their local or renamed name ("Islamic State (Egypt)"); see
     * {@link ActorDictionary#asOf(Actor, LocalDate, String)}.
     */
    private CodedMention datedNames(CodedMention cm, Article article) {
        EventMention m = cm.mention();
        LocalDate day = m.date() != null ? m.date() : article.publishedOn();
        String country = cm.where().focusCountryIso3();
        Actor a1 = actors.asOf(m.actor1(), day, country);
        Actor a2 = actors.asOf(m.actor2(), day, country);
        return a1 == m.actor1() && a2 == m.actor2() ? cm : new CodedMention(m.withActors(a1, a2), cm.where());
    }

    // ---------------------------------------------------------------- article context

    private Context context(AnnotatedArticle annotated) {
        Article article = annotated.article();
        String text = article.title() == null ? article.text() : article.title() + "\n\n" + article.text();
        String iso3 = focus.focusIso3(text).orElse(null);
        String name = iso3 == null ? null : countries.byIso3(iso3).map(Country::name).orElse(iso3);
        Map<Actor, Integer> armed = new LinkedHashMap<>();
        Map<Actor, Integer> state = new LinkedHashMap<>();
        Map<GenericRole, Integer> stateRoles = new LinkedHashMap<>();
        Map<String, Integer> units = new LinkedHashMap<>();
        for (Sentence s : annotated.sentences()) {
            if (DateResolver.historical(s.text(article.text()), article.publishedOn(), DateResolver.latestYear(article.text()))) {
                // Background ("IS seized Mosul in 2014", "last year") says nothing of who acts now.
                continue;
            }
            if (iso3 != null) {
                List<Token> tokens = s.tokens();
                for (int k = 0; k < tokens.size(); k++) {
                    GenericRole role = actors.genericRole(tokens.get(k).lemma()).orElse(null);
                    if (role == GenericRole.STATE_MILITARY || role == GenericRole.STATE_POLICE) {
                        stateRoles.merge(role, 1, Integer::sum);
                    }
                    // "the Military Police", "federal police forces": a unit, as ACLED names it.
                    String unit = Arguments.policeUnitAt(tokens, k);
                    if (unit != null) {
                        units.merge(unit, 1, Integer::sum);
                    }
                }
            }
            for (ActorMention m : actors.find(s.tokens())) {
                ActorType t = m.actor().type();
                if (t == ActorType.REBEL_GROUP || t == ActorType.POLITICAL_MILITIA || t == ActorType.IDENTITY_MILITIA) {
                    armed.merge(m.actor(), 1, Integer::sum);
                } else if (t == ActorType.STATE_FORCES && (iso3 == null || iso3.equals(m.actor().countryIso3()))) {
                    state.merge(m.actor(), 1, Integer::sum);
                }
            }
        }
        int[] paragraph = new int[annotated.sentences().size()];
        String body = article.text();
        for (Sentence s : annotated.sentences()) {
            int p = 0;
            int from = 0;
            int idx;
            while ((idx = body.indexOf("\n\n", from)) >= 0 && idx < s.span().start()) {
                p++;
                from = idx + 2;
            }
            paragraph[s.index()] = p;
        }
        List<Actor> ranked = new ArrayList<>(armed.keySet());
        ranked.sort((x, y) -> armed.get(y) - armed.get(x));
        GenericRole forceRole = top(stateRoles);
        String unit = top(units);
        // The force an article names by its unit is that unit wherever the text leaves it unsaid.
        Actor forceOfRole = unit != null ? actors.unit(unit, iso3, name) : forceRole == null ? null : actors.forRole(forceRole, iso3, name);
        return new Context(article, iso3, name, List.copyOf(ranked), top(state), forceOfRole,
                DateResolver.latestYear(body), paragraph, places.anchor(article));
    }

    /** The key counted most; of equal counts, the first counted. Null for no counts. */
    private static <K> K top(Map<K, Integer> counts) {
        K best = null;
        int max = 0;
        for (Map.Entry<K, Integer> e : counts.entrySet()) {
            if (e.getValue() > max) {
                best = e.getKey();
                max = e.getValue();
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- toponyms

    // ---------------------------------------------------------------- sentence coding

    private List<Draft> codeSentence(SentenceView v, Context ctx) {
        String sentenceText = v.sentence().text(ctx.article().text());
        if (sentenceText.trim().endsWith("?")
                || DateResolver.historical(sentenceText, ctx.article().publishedOn(), ctx.latestYear())) {
            return List.of();
        }
        List<Trig> triggers = this.triggers.find(v);
        if (triggers.isEmpty()) {
            return List.of();
        }
        // Group the sentence's triggers into events: casualties and circumstances join the event they belong to.
        Map<String, List<Trig>> groups = new LinkedHashMap<>();
        for (Trig t : triggers) {
            groups.computeIfAbsent(groupOf(t.cls()), k -> new ArrayList<>()).add(t);
        }
        // Property torched in a riot is the riot's; property looted in an attack is the attack's.
        if (groups.containsKey("destroy") && (groups.containsKey("protest") || groups.containsKey("violence"))) {
            groups.get(groups.containsKey("protest") ? "protest" : "violence").addAll(groups.remove("destroy"));
        }
        // Arrests made in a fight or after an attack told in the same sentence ("7 militants were
        // killed and 3 were arrested during an operation") are part of it, as ACLED codes them.
        if (groups.containsKey("violence") && groups.containsKey("arrest")
                && groups.get("violence").stream().anyMatch(t -> t.cls() != TriggerClass.INJURE)) {
            groups.get("violence").addAll(groups.remove("arrest"));
        }
        // Weapons seized in an arrest ("arrested three men … two rifles had been seized") are part of the arrest.
        if (groups.containsKey("arrest") && groups.containsKey("seize")) {
            groups.get("arrest").addAll(groups.remove("seize"));
        }
        // Arrests of protesters, or police dispersing them, are the intervention in a protest.
        if (groups.containsKey("protest")) {
            List<Trig> arrests = groups.remove("arrest");
            if (arrests != null) {
                groups.get("protest").addAll(arrests);
            }
            List<Trig> violence = groups.get("violence");
            if (violence != null && violence.stream().allMatch(t -> t.cls().casualty())) {
                groups.get("protest").addAll(groups.remove("violence"));
            }
        }
        List<Draft> out = new ArrayList<>();
        for (Map.Entry<String, List<Trig>> e : groups.entrySet()) {
            Draft d = code(e.getKey(), e.getValue(), v, ctx, sentenceText);
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    private static String groupOf(TriggerClass c) {
        return switch (c) {
            case ARREST -> "arrest";
            case DEPLOY -> "deploy";
            case PROTEST, INTERVENE -> "protest";
            case SEIZE -> "seize";
            case DESTROY -> "destroy";
            default -> "violence";
        };
    }

    // ---------------------------------------------------------------- from a group of triggers to a draft

    private Draft code(String group, List<Trig> trigs, SentenceView v, Context ctx, String sentenceText) {
        Graph g = v.g();
        // Arrests joined to a fight count the arrested; the fight decides the type.
        Trig head = headOf(group.equals("violence") ? trigs.stream().filter(t -> t.cls() != TriggerClass.ARREST).toList() : trigs);
        Draft d = new Draft(v.sentence().index(), ctx.paragraphOfSentence()[v.sentence().index()]);
        d.evidence = new Evidence(ctx.article().id(), v.sentence().index(), v.sentence().span(), sentenceText);
        StringBuilder reason = new StringBuilder();
        Arguments.Arg agent = null;
        Arguments.Arg patient = null;
        Arguments.Arg victims = null;
        Arguments.Arg arrester = null;
        for (Trig t : trigs) {
            reason.append(reason.length() == 0 ? "" : ", ").append(t.cls().name().toLowerCase(Locale.ROOT))
                    .append(" '").append(g.token(t.token()).word()).append("'");
            boolean joinedArrest = t.cls() == TriggerClass.ARREST && group.equals("violence");
            if (joinedArrest && t.agent() != null && arrester == null) {
                arrester = arguments.argument(v, List.of(t.agent()), ctx, false, null);
            }
            if (t.agent() != null && (agent == null || agent.actor == null) && !joinedArrest) {
                Arguments.Arg a = arguments.argument(v, List.of(t.agent()), ctx, false, null);
                if (a.actor != null || agent == null) {
                    agent = a;
                }
            }
            if (!t.patients().isEmpty()) {
                Arguments.Arg p = arguments.argument(v, t.patients(), ctx, true, agent == null ? null : agent.actor);
                switch (t.cls()) {
                    case KILL, DIE -> {
                        int dead = singularPassive(g, t.token()) ? Math.min(p.count, Math.max(1, Arguments.count(g, t.patients().get(0))))
                                : p.count;
                        d.fatalities += dead;
                        victims = victims == null ? p : victims;
                        d.victimsRestated |= restatedVictims(g, t, t.patients());
                        d.bombersCounted |= namesPerpetrator(g, t.patients());
                        d.deadToldBefore = toldBefore(g, t, t.patients(), dead, d.deadToldBefore);
                    }
                    case INJURE -> {
                        d.injured += p.count;
                        victims = victims == null ? p : victims;
                        d.victimsRestated |= restatedVictims(g, t, t.patients());
                    }
                    case KIDNAP -> {
                        d.abducted += p.count;
                        patient = patient == null || patient.actor == null && p.actor != null ? p : patient;
                    }
                    case ARREST -> {
                        d.arrested += p.count;
                        d.rest |= p.rest;
                        patient = patient == null ? p : patient;
                    }
                    default -> patient = patient == null || patient.actor == null && p.actor != null ? p : patient;
                }
            } else if (t.cls() == TriggerClass.DIE) {
                Integer subj = Triggers.first(g.childrenOf(t.token(), "nsubj"));
                if (subj != null) {
                    Arguments.Arg p = arguments.argument(v, List.of(subj), ctx, true, agent == null ? null : agent.actor);
                    d.fatalities += p.count;
                    victims = victims == null ? p : victims;
                    d.victimsRestated |= restatedVictims(g, t, List.of(subj));
                    d.bombersCounted |= namesPerpetrator(g, List.of(subj));
                    d.deadToldBefore = toldBefore(g, t, List.of(subj), p.count, d.deadToldBefore);
                }
            }
        }
        // "struck farmland …, killing four civilians": the victims say who was attacked, not the farmland.
        // Generic "insurgents" killed are usually the attackers themselves ("repelled the attack, killing 11 insurgents").
        if ((agent == null || agent.actor == null) && arrester != null && arrester.actor != null && victims != null && victims.armed) {
            // "7 militants were killed and 3 arrested in an operation by the police": those who
            // arrested fought; but whoever arrests a killer did not kill.
            agent = arrester;
        }
        if (victims != null && (patient == null || (patient.actor == null || patient.guessed) && victims.actor != null && !victims.genericArmed)) {
            patient = victims;
        }
        if (group.equals("violence")) {
            // "9 Taliban militants were killed when Afghan forces repulsed their attack": those who
            // repelled were attacked; the attackers are the other armed side the sentence names.
            Arguments.Arg repeller = repeller(v, ctx);
            if (repeller != null) {
                // A side the text names ("an attack by Taliban militants") beats generic "militants"
                // killed, who stand for whatever group the article is about.
                Arguments.Arg attackers = null;
                for (boolean named : new boolean[] {true, false}) {
                    for (Arguments.Arg c : java.util.Arrays.asList(victims, patient, agent)) {
                        if (attackers == null && c != null && c.actor != null && !c.actor.equals(repeller.actor)
                                && c.actor.type().armed() && (!named || !c.genericArmed)) {
                            attackers = c;
                        }
                    }
                }
                agent = attackers;
                patient = repeller;
            } else if (agent != null && agent.partner != null && (patient == null || patient.actor == null && patient.place
                    || head.cls() == TriggerClass.CLASH && patient.actor != null && patient.actor.type() == ActorType.CIVILIANS)) {
                // "forces of India and Pakistan exchanged fire", "Taliban and Afghan forces clashed": one side each;
                // a place fired at ("exchanged fire at Nambla sector area") is where, not whom, and
                // civilians hurt in the exchange are its casualties, not a side of it.
                patient = new Arguments.Arg();
                patient.actor = agent.partner;
                patient.person = true;
                patient.armed = agent.partner.type().armed();
                String home = ctx.focusIso3();
                if (home != null && home.equals(agent.partner.countryIso3()) && !home.equals(agent.actor.countryIso3())) {
                    // Named together, neither side started it: ACLED lists the forces of the country
                    // the event happened in first ("forces of India and Pakistan exchanged fire" in
                    // Pakistan-administered Kashmir is Pakistan's forces against India's).
                    Arguments.Arg first = new Arguments.Arg();
                    first.actor = agent.partner;
                    first.person = true;
                    first.armed = patient.armed;
                    patient.actor = agent.actor;
                    patient.armed = agent.actor.type().armed();
                    agent = first;
                }
            }
        }
        d.reason = reason.toString();
        // "One was shot and injured.": an act told in the passive without its doer only reports the casualty.
        d.casualtyOnly = group.equals("violence")
                && trigs.stream().allMatch(t -> t.cls().casualty() || t.cls() == TriggerClass.ARREST || passiveWithoutDoer(g, t))
                && trigs.stream().anyMatch(t -> t.cls().casualty()) && (agent == null || agent.actor == null);
        d.violent = group.equals("violence");
        // "Police intervened to disperse the demonstration": "the demonstration" is the one told before.
        d.interventionOnly = group.equals("protest") && trigs.stream().noneMatch(t -> t.cls() == TriggerClass.PROTEST
                && !(t.nominal() && g.childrenOf(t.token(), "det").stream().anyMatch(c -> lemma(g, c).equals("the"))));
        d.followUpOnly = d.interventionOnly && trigs.stream().allMatch(t -> lemma(g, t.token()).equals("intervene"));
        List<String> words = new ArrayList<>();
        for (Token t : v.sentence().tokens()) {
            words.add(lowerWord(t));
        }
        EventType means = group.equals("violence") ? lexicon.instrument(words) : null;
        // The arrest words themselves say nothing of an intervention in a protest: the arrested may be its cause.
        d.protestersArrested = group.equals("arrest") && (patient != null && patient.actor != null
                && patient.actor.type() == ActorType.PROTESTERS
                || words.stream().anyMatch(w -> INTERVENTION_CUES.contains(w) && !w.equals("arrested") && !w.equals("detained")));
        // Several people named as no one in particular: "two persons", "they" — not "he", who is
        // more often someone the protest was about ("demanded his release. He was arrested in March").
        d.anonymousArrested = group.equals("arrest") && patient != null
                && (patient.actor == null || patient.actor.type() == ActorType.CIVILIANS)
                && (patient.collective || patient.count >= 2 || trigs.stream().anyMatch(t -> t.patients().stream()
                        .anyMatch(p -> Set.of("they", "them").contains(lowerWord(g.token(p))))));
        d.type = type(group, head, means, agent, patient, trigs, words);
        if (d.type == null) {
            return null;
        }
        if (d.type == EventType.MOB_VIOLENCE && words.stream().anyMatch(DEMAND_CUES::contains)) {
            // "migrant workers pelted stones and clashed with the police, demanding to be sent home":
            // a crowd's violence for a demand is a violent demonstration, not mob violence.
            d.type = EventType.VIOLENT_DEMONSTRATION;
        }
        if (d.type == EventType.LOOTING_PROPERTY_DESTRUCTION && trigs.stream().allMatch(t -> BURN_LEMMAS.contains(lemma(g, t.token()))
                && (t.agent() == null || ACCIDENTS.contains(lemma(g, t.agent()))))) {
            return null; // "a fire burned 20 shops", "shops were burned": burning needs someone who burned
        }
        if (d.type == EventType.ARRESTS && d.arrested == 0 && !d.rest) {
            if (patient == null || !patient.person) {
                return null;
            }
            d.arrested = 1;
        }
        if (d.violent && d.type.category() != org.sitrep.model.EventCategory.EXPLOSIONS_REMOTE_VIOLENCE
                && patient == null && d.fatalities == 0 && d.injured == 0 && head.cls() != TriggerClass.CLASH) {
            return null;
        }
        boolean intervened = trigs.stream().anyMatch(t -> t.cls() == TriggerClass.INTERVENE || t.cls() == TriggerClass.ARREST)
                || words.stream().anyMatch(INTERVENTION_CUES::contains);
        assignActors(d, agent, patient, intervened, ctx);
        d.summaryCue = summaryCue(g, trigs);
        d.suspects = words.contains("suspected") || words.contains("suspects") || words.contains("suspect");
        places.placeChain(d, v, trigs, ctx.article().text());
        DateResolver.Resolved date = DateResolver.resolve(sentenceText, ctx.article().publishedOn());
        if (date != null) {
            d.date = date.date();
            d.datePrecision = date.precision();
        }
        d.confidence = confidence(head, agent, patient);
        if (d.type == EventType.SUICIDE_BOMB) {
            d.bombers = suicideBombers(g, trigs);
        }
        return d;
    }

    /**
     * Whether the passive verb at {@code verb} is singular ("was killed", "is feared dead"): its
     * subject is one person even when named twice ("a social leader and also the treasurer of the
     * community was killed").
     */
    private static boolean singularPassive(Graph g, int verb) {
        return g.childrenOf(verb, "aux:pass").stream().anyMatch(c -> Set.of("was", "is").contains(lowerWord(g.token(c))));
    }

    /** Nouns for people held or found dead, which with "the" or "his" point back at people told before. */
    private static final Set<String> HELD_OR_FOUND = Set.of("hostage", "captive", "abductee", "victim", "body", "corpse", "remains");
    /** Who holds hostages: their killings are of the hostages. */
    private static final Set<String> CAPTORS = Set.of("captor", "kidnapper", "abductor");
    private static final Set<String> BACK_POINTERS = Set.of("the", "these", "those", "his", "her", "their", "both");

    /**
     * How many of the dead of a killing trigger are people told before (see
     * {@link Draft#deadToldBefore}): dead named by a personal pronoun ("he was found dead", "killed
     * them"), by a definite or possessed noun for people, hostages or remains ("the villagers",
     * "his body"), or killed by their captors. The number the text gives, else 1 for one person,
     * else -1 for all of them ("the hostages", "they"). Not a share of them ("some of them"), whose
     * number is unknown.
     *
     * @param counted the dead the trigger's victims count
     * @param sofar the value for the sentence's triggers before this one
     */
    private static int toldBefore(Graph g, Trig t, List<Integer> victims, int counted, int sofar) {
        boolean back = t.agent() != null && CAPTORS.contains(lemma(g, t.agent()));
        boolean plural = false;
        boolean numbered = false;
        for (int h : victims) {
            Token head = g.token(h);
            String w = lowerWord(head);
            if (g.childrenOf(h, "case").stream().anyMatch(c -> lowerWord(g.token(c)).equals("of"))) {
                return sofar; // "some of them"
            }
            plural |= head.pos().equals("NNS") || w.equals("they") || w.equals("them");
            // "four of the hostages": the parse makes "hostages" the head, "four of" its det:qmod.
            numbered |= head.pos().equals("CD") || g.hasChild(h, "nummod") || g.hasChild(h, "det:qmod");
            if (head.pos().equals("PRP") && Set.of("he", "she", "him", "her", "they", "them").contains(w)) {
                back = true;
                continue;
            }
            boolean definite = g.children(h).stream().anyMatch(d -> (d.relation().equals("det") || d.relation().equals("nmod:poss"))
                    && BACK_POINTERS.contains(lowerWord(g.token(d.dependent()))));
            back |= definite && (Vocabulary.PERSON_NOUNS.contains(lemma(g, h)) || HELD_OR_FOUND.contains(lemma(g, h))
                    || head.pos().equals("NNS"));
        }
        if (!back) {
            return sofar;
        }
        int dead = numbered && counted > 0 ? counted : plural ? -1 : 1;
        return sofar < 0 || dead < 0 ? -1 : Math.max(sofar, dead);
    }

    /** Who carries out an attack, among its dead: "killed the bomber", "killing himself", "the two attackers died". */
    private static final Set<String> PERPETRATOR_NOUNS = Set.of("bomber", "attacker", "assailant", "perpetrator");
    private static final Set<String> REFLEXIVES = Set.of("himself", "herself", "themselves");

    /** Whether the phrases of these heads (with their conjuncts) name the attack's perpetrator or a reflexive. */
    private static boolean namesPerpetrator(Graph g, List<Integer> heads) {
        for (int h : heads) {
            for (int p : g.phrase(h)) {
                if (PERPETRATOR_NOUNS.contains(lemma(g, p)) || REFLEXIVES.contains(lowerWord(g.token(p)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * How many suicide bombers a sentence of a suicide bombing names: the count of "suicide
     * bomber(s)" ("a suicide bomber" 1, "two suicide bombers" 2, "suicide bombers" unknown, 0), else
     * one person who set the bomb off ("a militant detonated his explosive vest"), else 0.
     */
    private static int suicideBombers(Graph g, List<Trig> trigs) {
        int bombers = 0;
        for (Token t : g.sentence.tokens()) {
            if (lemma(g, t.index()).equals("bomber")) {
                bombers = Math.max(bombers, Arguments.count(g, t.index()));
            }
        }
        if (bombers > 0) {
            return bombers;
        }
        // The doers: the triggers' agents, and the subject of the sentence's main verb ("a militant
        // drove a suicide car bomb into the gate, killing three", where the parse may hang "killing" lower).
        List<Integer> doers = new ArrayList<>();
        for (Trig t : trigs) {
            if (t.agent() != null) {
                doers.add(t.agent());
            }
        }
        for (Token t : g.sentence.tokens()) {
            Dependency up = g.head(t.index());
            if (up != null && up.governor() < 0 && t.isVerb()) {
                doers.addAll(g.childrenOf(t.index(), "nsubj"));
            }
        }
        for (int k : doers) {
            Token doer = g.token(k);
            // One person: a singular noun, whatever the tag (the tagger reads "a militant" as an
            // adjective at times), and no body of people ("a group", "a cell").
            boolean singular = doer.pos().equals("NN") || doer.pos().startsWith("JJ");
            boolean onePerson = singular && Vocabulary.PERSON_NOUNS.contains(lemma(g, k))
                    && !Vocabulary.COLLECTIVES.contains(lemma(g, k)) && !lemma(g, k).equals("cell");
            if (onePerson || Arguments.singularPersonalPronoun(doer)) {
                return 1;
            }
        }
        return 0;
    }

    /** Verbs that destroy by fire, which also happens by accident. */
    private static final Set<String> BURN_LEMMAS = Set.of("burn", "set");
    /** Subjects of burning that are no one: "a fire burned 20 shops". */
    private static final Set<String> ACCIDENTS = Set.of("fire", "blaze", "flame", "inferno", "wildfire", "lightning",
            "explosion", "short-circuit", "spark");

    private static String lemma(Graph g, int token) {
        return g.token(token).lemma().toLowerCase(Locale.ROOT);
    }

    /** Verbs of fending off an attack: their subject is the side that was attacked. */
    private static final Set<String> REPEL_LEMMAS = Set.of("repulse", "repel", "foil", "thwart", "fend", "rebuff");

    /** The armed actor that repelled an attack in this sentence ("Afghan forces repulsed their attack"), or null. */
    /** An attack verb in the passive with no "by" phrase: "was shot", "were stabbed". */
    /** Nouns that, with "the" and no number, point back at a casualty already told: "the victim", "the man". */
    private static final Set<String> BACK_REFERENCES = Set.of("victim", "deceased", "man", "woman", "boy", "girl", "person");

    /**
     * Whether the trigger's victims (the heads {@code victims}) are ones told before: "The victim
     * was shot dead." (a definite back-reference without a number), "He later died." (a personal
     * pronoun), not "The driver was also killed." (another role, "also").
     */
    private static boolean restatedVictims(Graph g, Trig t, List<Integer> victims) {
        boolean also = g.childrenOf(t.token(), "advmod").stream()
                .anyMatch(c -> Set.of("also", "too", "additionally").contains(g.token(c).word().toLowerCase(Locale.ROOT)));
        if (also || victims.isEmpty()) {
            return false;
        }
        for (int h : victims) {
            if (Arguments.singularPersonalPronoun(g.token(h))) {
                // "… was shot in the head. He later died.": the person told before.
                continue;
            }
            boolean definite = g.childrenOf(h, "det").stream()
                    .anyMatch(c -> Set.of("the", "this", "that").contains(g.token(c).word().toLowerCase(Locale.ROOT)));
            if (!definite || !g.childrenOf(h, "nummod").isEmpty()
                    || !BACK_REFERENCES.contains(g.token(h).lemma().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean passiveWithoutDoer(Graph g, Trig t) {
        return t.cls() == TriggerClass.ATTACK && !t.nominal() && t.agent() == null
                && !g.childrenOf(t.token(), "nsubj:pass").isEmpty();
    }

    private Arguments.Arg repeller(SentenceView v, Context ctx) {
        Graph g = v.g();
        for (Token t : v.sentence().tokens()) {
            if (REPEL_LEMMAS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                Integer subject = Triggers.first(g.childrenOf(t.index(), "nsubj"));
                if (subject != null) {
                    Arguments.Arg r = arguments.argument(v, List.of(subject), ctx, false, null);
                    if (r.actor != null && r.armed) {
                        return r;
                    }
                }
            }
        }
        return null;
    }

    private static Trig headOf(List<Trig> trigs) {
        Trig best = trigs.get(0);
        for (Trig t : trigs) {
            if (rank(t.cls()) < rank(best.cls())) {
                best = t;
            }
        }
        return best;
    }

    private static int rank(TriggerClass c) {
        return switch (c) {
            case PROTEST, ARREST, DEPLOY, SEIZE -> 0;
            case EXPLODE, STRIKE, SHELL -> 1;
            case ATTACK, CLASH, KIDNAP -> 2;
            case INTERVENE -> 3;
            case KILL -> 4;
            case DIE -> 5;
            case INJURE -> 6;
            case DESTROY -> 7;
        };
    }

    private EventType type(String group, Trig head, EventType means, Arguments.Arg agent, Arguments.Arg patient, List<Trig> trigs, List<String> words) {
        switch (group) {
            case "arrest":
                if (patient != null && patient.place && !patient.person) {
                    return null;
                }
                return EventType.ARRESTS;
            case "deploy":
                return EventType.CHANGE_TO_GROUP_ACTIVITY;
            case "destroy":
                return EventType.LOOTING_PROPERTY_DESTRUCTION;
            case "seize":
                if (patient != null && patient.weapons && !patient.person) {
                    // "seized a cache of weapons", "defused an IED".
                    return EventType.DISRUPTED_WEAPONS_USE;
                }
                if (patient == null || !patient.place) {
                    return null;
                }
                return agent != null && agent.actor != null && agent.actor.type() == ActorType.STATE_FORCES
                        ? EventType.GOVERNMENT_REGAINS_TERRITORY : EventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
            case "protest":
                boolean intervention = trigs.stream().anyMatch(t -> t.cls() == TriggerClass.INTERVENE || t.cls() == TriggerClass.ARREST)
                        || words.stream().anyMatch(INTERVENTION_CUES::contains);
                boolean killed = trigs.stream().anyMatch(t -> t.cls() == TriggerClass.KILL || t.cls() == TriggerClass.DIE);
                // "barricaded themselves into an office" is a sit-in, not a road block.
                boolean riot = tellsRiot(words);
                if (killed) {
                    return EventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS;
                }
                if (riot) {
                    return EventType.VIOLENT_DEMONSTRATION;
                }
                return intervention ? EventType.PROTEST_WITH_INTERVENTION : EventType.PEACEFUL_PROTEST;
            default:
                break;
        }
        if (head.cls() == TriggerClass.KIDNAP) {
            return EventType.ABDUCTION;
        }
        boolean smallArms = smallArms(words);
        if (means == null && !smallArms && patient != null && patient.armed && head.cls() == TriggerClass.ATTACK
                && trigs.stream().anyMatch(t -> t.cls() == TriggerClass.ATTACK && words.get(t.token()).startsWith("fire"))
                && words.stream().anyMatch(STAND_OFF_WEAPONS::contains)) {
            // "fired grenade launchers and heavy machine guns at the positions": stand-off fire, shelling.
            return EventType.SHELLING_ARTILLERY_MISSILE;
        }
        if (means == EventType.SHELLING_ARTILLERY_MISSILE && head.cls() == TriggerClass.CLASH) {
            // "a clash between GNA and LNA forces, involving heavy artillery fire": a clash is a clash.
            return EventType.ARMED_CLASH;
        }
        if (means == EventType.SHELLING_ARTILLERY_MISSILE && smallArms
                && patient != null && patient.armed) {
            // Mortars together with small arms at enemy positions: a direct fight, as ACLED codes it.
            return EventType.ARMED_CLASH;
        }
        if (means != null) {
            return means;
        }
        if (head.cls() == TriggerClass.EXPLODE) {
            return EventType.REMOTE_EXPLOSIVE;
        }
        if (head.cls() == TriggerClass.SHELL) {
            return EventType.SHELLING_ARTILLERY_MISSILE;
        }
        if (head.cls() == TriggerClass.STRIKE) {
            // "hit" or "struck" without a named means is no event of its own.
            return null;
        }
        if (trigs.stream().anyMatch(t -> words.get(t.token()).startsWith("lynch"))) {
            // A lynching is a mob's killing by definition, whoever the text says did it.
            return EventType.MOB_VIOLENCE;
        }
        // Residents, villagers, a mob; not one man, not "armed men", not men who open fire from a car.
        boolean mob = agent != null && agent.actor != null && agent.collective
                && (agent.actor.type() == ActorType.RIOTERS || agent.actor.type() == ActorType.CIVILIANS);
        boolean firearm = words.stream().anyMatch(FIREARM_CUES::contains) || words.contains("opened") && words.contains("fire");
        if (mob && !(firearm && agent.actor.type() == ActorType.CIVILIANS)) {
            // Residents, villagers, a mob: unorganised violence is mob violence, whoever the victim.
            return EventType.MOB_VIOLENCE;
        }
        if (stonesAgainstTheState(agent, patient, words)) {
            // "residents pelted stones at the police", "a clash erupted between police and
            // shopkeepers … they pelted stones": people without guns against the state's forces riot.
            return EventType.MOB_VIOLENCE;
        }
        // "attacked the village and clashed with local militias", "killed during inter-clan clashes",
        // "before being repelled by security forces": the other side fought back, a battle.
        boolean fought = head.cls() == TriggerClass.CLASH || trigs.stream().anyMatch(t -> t.cls() == TriggerClass.CLASH)
                || words.stream().anyMatch(FIGHT_CUES::contains);
        if (fought) {
            // Sides that are no armed actor ("a mob of youths clashed with a group of workers") fight as a mob.
            boolean unarmed = (agent == null || agent.actor == null || !agent.actor.type().armed())
                    && (patient == null || patient.actor == null || !patient.actor.type().armed())
                    && words.stream().noneMatch(ARMED_CUES::contains);
            return unarmed ? EventType.MOB_VIOLENCE : EventType.ARMED_CLASH;
        }
        if (patient != null && patient.armed) {
            // Villagers who beat a soldier are a mob; a man who shoots police officers is armed.
            boolean civilianAgent = agent != null && agent.actor != null && agent.actor.type() == ActorType.CIVILIANS;
            return civilianAgent && words.stream().noneMatch(FIREARM_CUES::contains) ? EventType.MOB_VIOLENCE : EventType.ARMED_CLASH;
        }
        if (patient != null && patient.actor != null && patient.actor.type() == ActorType.PROTESTERS) {
            return EventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS;
        }
        return EventType.ATTACK;
    }

    /** @param intervened the sentence tells the authorities intervening (dispersing, arresting, tear gas) */
    private void assignActors(Draft d, Arguments.Arg agent, Arguments.Arg patient, boolean intervened, Context ctx) {
        d.actor1 = agent == null ? null : agent.actor;
        d.actor2 = patient == null ? null : patient.actor;
        if (d.actor1 != null && d.actor1.equals(d.actor2)) {
            d.actor2 = null;
        }
        switch (d.type) {
            case ARRESTS -> {
                // Arrests are made by the state's forces; the text often leaves them unsaid.
                if (d.actor1 == null) {
                    d.actor1 = ctx.salientStateForce() != null ? ctx.salientStateForce()
                            : ctx.salientForceRole() != null ? ctx.salientForceRole() : role(GenericRole.STATE_POLICE, ctx);
                }
                // The arrested of an article about an armed group are coded as that group, as ACLED does.
                if ((d.actor2 == null || d.actor2.type() == ActorType.CIVILIANS) && ctx.salientArmedGroup() != null) {
                    d.actor2 = ctx.salientArmedGroup();
                }
            }
            case PEACEFUL_PROTEST, PROTEST_WITH_INTERVENTION, VIOLENT_DEMONSTRATION, EXCESSIVE_FORCE_AGAINST_PROTESTERS -> {
                Actor protesters = role(d.type == EventType.VIOLENT_DEMONSTRATION ? GenericRole.RIOTERS : GenericRole.PROTESTERS, ctx);
                d.rioters = role(GenericRole.RIOTERS, ctx);
                Actor police = d.actor1 != null && d.actor1.type() == ActorType.STATE_FORCES ? d.actor1
                        : d.actor2 != null && d.actor2.type() == ActorType.STATE_FORCES ? d.actor2 : role(GenericRole.STATE_POLICE, ctx);
                if (d.type == EventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS) {
                    d.actor1 = police;
                    d.actor2 = protesters;
                } else {
                    // Rioters who block roads with burning tyres face nobody until the police intervene.
                    boolean opposed = d.type == EventType.PROTEST_WITH_INTERVENTION
                            || d.type == EventType.VIOLENT_DEMONSTRATION && (intervened || d.actor1 != null && d.actor1.type() == ActorType.STATE_FORCES
                                    || d.actor2 != null && d.actor2.type() == ActorType.STATE_FORCES);
                    d.actor1 = protesters;
                    d.actor2 = opposed ? police : null;
                }
            }
            case CHANGE_TO_GROUP_ACTIVITY -> d.actor2 = null;
            case DISRUPTED_WEAPONS_USE -> {
                // Weapons are seized and bombs defused by the state's forces, often unsaid.
                if (d.actor1 == null) {
                    d.actor1 = ctx.salientStateForce() != null ? ctx.salientStateForce() : role(GenericRole.STATE_MILITARY, ctx);
                }
                d.actor2 = d.actor2 != null && d.actor2.type().armed() && !d.actor2.equals(d.actor1) ? d.actor2 : null;
            }
            case LOOTING_PROPERTY_DESTRUCTION -> {
                if (d.actor1 == null) {
                    d.actor1 = role(GenericRole.ARMED_GROUP, ctx);
                    d.actor1Unidentified = true;
                }
            }
            case MOB_VIOLENCE -> {
                // ACLED codes the attackers of mob violence as rioters, and the forces they fought as the other side.
                if (d.actor1 != null && d.actor1.type() == ActorType.STATE_FORCES) {
                    d.actor2 = d.actor1;
                    d.actor1 = null;
                }
                if (d.actor1 == null || d.actor1.type() == ActorType.CIVILIANS) {
                    d.actor1 = role(GenericRole.RIOTERS, ctx);
                }
                if (d.actor2 == null && d.fatalities + d.injured > 0) {
                    d.actor2 = role(GenericRole.CIVILIANS, ctx);
                }
            }
            default -> {
                Actor force = ctx.salientStateForce() != null ? ctx.salientStateForce() : ctx.salientForceRole();
                if (d.actor1 == null && d.type == EventType.ARMED_CLASH && force != null
                        && (d.actor2 == null || d.actor2.type() != ActorType.STATE_FORCES)) {
                    // "Military Police officers went to the community. An intense shoot-out broke
                    // out …": the side a fight leaves unsaid is the state force the article is about.
                    // Still unnamed here, so a raid just told or a claim can take the fight over.
                    d.actor1 = force;
                    d.actor1Unidentified = true;
                    if (d.actor2 == null || d.actor2.type() == ActorType.CIVILIANS) {
                        d.actor2 = role(GenericRole.ARMED_GROUP, ctx);
                    }
                }
                if (d.actor1 == null && d.violent) {
                    d.actor1 = role(GenericRole.ARMED_GROUP, ctx);
                    d.actor1Unidentified = true;
                }
                if ((d.type == EventType.ARMED_CLASH || d.type == EventType.ATTACK) && d.actor1 != null
                        && d.actor1.type() == ActorType.CIVILIANS) {
                    // "police officers were shot by a man", "men in a car opened fire": civilians are
                    // never who fights or attacks in ACLED's battles and violence against civilians;
                    // the armed man is an unidentified armed group.
                    d.actor1 = role(GenericRole.ARMED_GROUP, ctx);
                    d.actor1Unidentified = true;
                }
                if (d.type == EventType.ATTACK && d.actor2 == null) {
                    d.actor2 = role(GenericRole.CIVILIANS, ctx);
                }
            }
        }
    }

    private Actor role(GenericRole role, Context ctx) {
        if (ctx.focusIso3() == null) {
            return null;
        }
        return actors.forRole(role, ctx.focusIso3(), ctx.countryName());
    }

    private static double confidence(Trig head, Arguments.Arg agent, Arguments.Arg patient) {
        double c = head.nominal() ? 0.6 : 0.7;
        if (agent != null && agent.actor != null) {
            c += 0.15;
        }
        if (patient != null && patient.actor != null) {
            c += 0.1;
        }
        return Math.min(c, 0.95);
    }

    /** "in two separate operations", "in the two provinces", "a total of": the sentence sums up several events. */
    private static boolean summaryCue(Graph g, List<Trig> trigs) {
        for (Token t : g.sentence.tokens()) {
            String w = lowerWord(t);
            if (w.equals("separate") || w.equals("total") || w.equals("altogether") || w.equals("combined")) {
                return true;
            }
        }
        for (Trig t : trigs) {
            for (Dependency d : g.children(t.token())) {
                if (d.relation().startsWith("obl") && g.token(d.dependent()).pos().equals("NNS")) {
                    for (int n : g.childrenOf(d.dependent(), "nummod")) {
                        if (Numbers.parse(g.token(n).word()).orElse(0) >= 2) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- arguments

    // ---------------------------------------------------------------- places

    // ---------------------------------------------------------------- claims

    /** "Islamic State claimed the bombing": names the perpetrator of an event told earlier. */
    private Discourse.Claim claim(SentenceView v, Context ctx) {
        Graph g = v.g();
        for (Token t : v.sentence().tokens()) {
            if (!t.isVerb() || !t.lemma().equalsIgnoreCase("claim") || !Triggers.factual(g, t.index())) {
                continue;
            }
            Integer subj = Triggers.first(g.childrenOf(t.index(), "nsubj"));
            if (subj == null) {
                continue;
            }
            for (int p : g.phrase(subj)) {
                ActorMention m = v.actorAt(p);
                if (m != null && m.actor().type().armed()) {
                    return new Discourse.Claim(v.sentence().index(), m.actor());
                }
            }
        }
        return null;
    }
}
