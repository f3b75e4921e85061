package org.sitrep.extract;

import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.ActorMention;
import org.sitrep.actors.GenericRole;
import org.sitrep.geo.Countries;
import org.sitrep.geo.Country;
import org.sitrep.geo.CountryFocus;
import org.sitrep.geo.PlaceName;
import org.sitrep.geo.PlaceQuery;
import org.sitrep.geo.ToponymMatcher;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.model.Article;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Span;
import org.sitrep.nlp.AnnotatedArticle;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
    /** Verbs and nouns above a trigger that make it an aim, a plan, a fear or a denial rather than a happening. */
    private static final Set<String> NON_FACTUAL_GOVERNORS = Set.of(
            "try", "plan", "aim", "seek", "intend", "want", "threaten", "warn", "prepare", "hope", "attempt", "vow",
            "pledge", "expect", "fear", "deny", "urge", "call", "propose", "consider", "plot", "prevent", "avoid",
            "refuse", "fail", "foil", "thwart", "order", "demand", "promise", "able", "continue", "resume", "would",
            "threat", "bid", "effort", "goal", "intention", "capacity", "ability", "need", "allow", "help", "decide");
    private static final Set<String> MODAL_AUX = Set.of("will", "would", "could", "may", "might", "should", "shall", "can", "must", "'ll");
    private static final Set<String> HABITUAL = Set.of("periodically", "often", "regularly", "usually", "frequently", "routinely",
            "sometimes", "occasionally", "repeatedly", "always", "never", "rarely", "generally", "typically", "increasingly");
    private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no");
    /** Objects of attacks that belong to armed forces: attacking one is a battle, not violence against civilians. */
    private static final Set<String> ARMED_TARGETS = Set.of("base", "checkpoint", "outpost", "convoy", "patrol", "position",
            "post", "barracks", "garrison", "headquarters", "camp", "unit", "troop", "soldier", "force", "station", "tank", "vehicle");
    /** Nouns for people, whose count is 1 when singular; an arrest or abduction needs such a patient. */
    private static final Set<String> PERSON_NOUNS = Set.of("man", "men", "woman", "women", "leader", "commander", "chief",
            "member", "suspect", "official", "head", "emir", "person", "people", "individual", "element", "operative",
            "rest", "other", "remainder", "financier", "recruiter", "smuggler", "boy", "girl", "child", "journalist",
            "activist", "worker", "farmer", "student", "cleric", "driver", "guard", "officer", "lieutenant", "deputy", "figure",
            "militant", "fighter", "jihadist", "militiaman", "terrorist", "insurgent", "gunman", "soldier", "policeman",
            "protester", "demonstrator", "civilian", "villager", "resident", "group", "cell", "he", "she", "they", "them");
    private static final Set<String> PLACE_KEYWORDS = Set.of("village", "town", "city", "district", "area", "region",
            "province", "governorate", "outskirts", "suburb", "neighbourhood", "neighborhood", "state", "county", "municipality");
    private static final Set<String> NOMINAL_TRIGGERS = Set.of("attack", "ambush", "raid", "assault", "bombing", "clash",
            "airstrike", "strike", "explosion", "blast", "protest", "demonstration", "rally", "shelling", "sit-in", "vigil", "march");
    private static final Set<String> PROTEST_HOSTS = Set.of("hold", "stage", "organize", "organise", "join", "lead", "take");

    private final ActorDictionary actors;
    private final ToponymMatcher toponyms;
    private final CountryFocus focus;
    private final Countries countries;
    private final Lexicon lexicon;

    public RuleBasedExtractor(ActorDictionary actors, ToponymMatcher toponyms, CountryFocus focus, Countries countries) {
        this.actors = actors;
        this.toponyms = toponyms;
        this.focus = focus;
        this.countries = countries;
        this.lexicon = Lexicon.bundled();
    }

    /** Everything the sentence-level rules need to know about the whole article. */
    record Context(Article article, String focusIso3, String countryName, List<Actor> armedGroups, Actor salientStateForce,
                   int latestYear, int[] paragraphOfSentence, PlaceName anchor) {
        /** The non-state armed group the article names most, or null. */
        Actor salientArmedGroup() {
            return armedGroups.isEmpty() ? null : armedGroups.get(0);
        }
    }

    @Override
    public List<CodedMention> extract(AnnotatedArticle annotated) {
        Article article = annotated.article();
        Context ctx = context(annotated);
        List<Draft> drafts = new ArrayList<>();
        List<Discourse.Claim> claims = new ArrayList<>();
        for (Sentence s : annotated.sentences()) {
            SentenceView view = new SentenceView(s, new Graph(s), actors.find(s.tokens()), findToponyms(article.text(), s));
            drafts.addAll(codeSentence(view, ctx));
            Discourse.Claim claim = claim(view, ctx);
            if (claim != null) {
                claims.add(claim);
            }
        }
        return Discourse.resolve(drafts, claims, ctx);
    }

    // ---------------------------------------------------------------- article context

    private Context context(AnnotatedArticle annotated) {
        Article article = annotated.article();
        String text = article.title() == null ? article.text() : article.title() + "\n\n" + article.text();
        String iso3 = focus.focusIso3(text).orElse(null);
        String name = iso3 == null ? null : countries.byIso3(iso3).map(Country::name).orElse(iso3);
        Map<Actor, Integer> armed = new LinkedHashMap<>();
        Map<Actor, Integer> state = new LinkedHashMap<>();
        for (Sentence s : annotated.sentences()) {
            if (DateResolver.historical(s.text(article.text()), article.publishedOn(), DateResolver.latestYear(article.text()))) {
                // Background ("IS seized Mosul in 2014", "last year") says nothing of who acts now.
                continue;
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
        return new Context(article, iso3, name, List.copyOf(ranked), top(state), DateResolver.latestYear(body), paragraph, anchor(article));
    }

    /**
     * The place the article is filed from: the first gazetteer place, other than a country, of its
     * headline, else of its first paragraph. It places landmarks the gazetteer lacks ("Tahrir Square").
     */
    private PlaceName anchor(Article article) {
        List<String> candidates = new ArrayList<>();
        if (article.title() != null) {
            candidates.add(article.title());
        }
        int firstBreak = article.text().indexOf("\n\n");
        candidates.add(firstBreak < 0 ? article.text() : article.text().substring(0, firstBreak));
        for (String text : candidates) {
            for (var m : toponyms.find(text)) {
                if (!m.country()) {
                    return new PlaceName(m.text(), null);
                }
            }
        }
        return null;
    }

    private static Actor top(Map<Actor, Integer> counts) {
        Actor best = null;
        int max = 0;
        for (Map.Entry<Actor, Integer> e : counts.entrySet()) {
            if (e.getValue() > max) {
                best = e.getKey();
                max = e.getValue();
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- toponyms

    /** A place name in a sentence as a token range. */
    record Toponym(int startToken, int endToken, PlaceName name, boolean known) {}

    private List<Toponym> findToponyms(String text, Sentence s) {
        List<Token> tokens = s.tokens();
        boolean[] taken = new boolean[tokens.size()];
        List<Toponym> out = new ArrayList<>();
        List<ActorMention> named = actors.find(tokens);
        for (ActorMention m : named) {
            for (int i = m.startToken(); i < m.endToken(); i++) {
                taken[i] = true;
            }
        }
        // Gazetteer matches first: they know "Qaim" is a place even when NER calls it a person.
        for (var match : toponyms.find(s.text(text))) {
            int start = s.span().start() + match.span().start();
            int end = s.span().start() + match.span().end();
            int a = -1;
            int b = -1;
            for (Token t : tokens) {
                if (t.span().start() >= start && t.span().end() <= end) {
                    if (a < 0) {
                        a = t.index();
                    }
                    b = t.index();
                }
            }
            if (a >= 0 && free(taken, a, b + 1)) {
                mark(taken, a, b + 1);
                out.add(toponym(text, tokens, a, b + 1, true));
            }
        }
        // Then NER locations and proper nouns in a place frame ("the village of Al-Arej", "at Tal Abita").
        for (int i = 0; i < tokens.size(); i++) {
            if (taken[i]) {
                continue;
            }
            Token t = tokens.get(i);
            boolean ner = t.ner().equals("LOCATION");
            boolean framed = t.isProperNoun() && i > 0 && placeFrame(tokens, i);
            if (!ner && !framed) {
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && !taken[j] && (tokens.get(j).ner().equals("LOCATION") && ner
                    || tokens.get(j).isProperNoun()
                    || (tokens.get(j).word().equals("-") && j + 1 < tokens.size() && tokens.get(j + 1).isProperNoun()))) {
                j++;
            }
            if (!lowerWord(t).equals("north") && !lowerWord(t).equals("east") && !lowerWord(t).equals("south") && !lowerWord(t).equals("west")) {
                mark(taken, i, j);
                Toponym tp = toponym(text, tokens, i, j, false);
                String name = tp.name.text();
                boolean known = toponyms.find(name).stream().anyMatch(m -> m.span().length() == name.length());
                out.add(known ? new Toponym(tp.startToken, tp.endToken, tp.name, true) : tp);
            }
            i = j - 1;
        }
        out.sort((x, y) -> x.startToken - y.startToken);
        return out;
    }

    private static boolean placeFrame(List<Token> tokens, int i) {
        String prev = lowerWord(tokens.get(i - 1));
        if (prev.equals("of") && i > 1 && PLACE_KEYWORDS.contains(lowerWord(tokens.get(i - 2)))) {
            return true;
        }
        return Set.of("in", "at", "near", "outside", "around").contains(prev);
    }

    private static boolean free(boolean[] taken, int a, int b) {
        for (int i = a; i < b; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static void mark(boolean[] taken, int a, int b) {
        for (int i = a; i < b; i++) {
            taken[i] = true;
        }
    }

    private static Toponym toponym(String text, List<Token> tokens, int a, int b, boolean known) {
        Span span = new Span(tokens.get(a).span().start(), tokens.get(b - 1).span().end());
        return new Toponym(a, b, new PlaceName(span.of(text), span), known);
    }

    static String lowerWord(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- sentence coding

    record SentenceView(Sentence sentence, Graph g, List<ActorMention> actors, List<Toponym> toponyms) {
        ActorMention actorAt(int token) {
            for (ActorMention m : actors) {
                if (m.covers(token)) {
                    return m;
                }
            }
            return null;
        }

        Toponym toponymAt(int token) {
            for (Toponym t : toponyms) {
                if (token >= t.startToken && token < t.endToken) {
                    return t;
                }
            }
            return null;
        }
    }

    /** A trigger with its arguments. */
    record Trig(int token, TriggerClass cls, Integer agent, List<Integer> patients, boolean nominal) {
        Trig {
            patients = List.copyOf(patients);
        }

        Integer patient() {
            return patients.isEmpty() ? null : patients.get(0);
        }
    }

    private static List<Integer> listOf(Integer i) {
        return i == null ? List.of() : List.of(i);
    }

    private List<Draft> codeSentence(SentenceView v, Context ctx) {
        String sentenceText = v.sentence.text(ctx.article().text());
        if (sentenceText.trim().endsWith("?")
                || DateResolver.historical(sentenceText, ctx.article().publishedOn(), ctx.latestYear())) {
            return List.of();
        }
        List<Trig> triggers = triggers(v);
        if (triggers.isEmpty()) {
            return List.of();
        }
        // Group the sentence's triggers into events: casualties and circumstances join the event they belong to.
        Map<String, List<Trig>> groups = new LinkedHashMap<>();
        for (Trig t : triggers) {
            groups.computeIfAbsent(groupOf(t.cls), k -> new ArrayList<>()).add(t);
        }
        // Arrests of protesters, or police dispersing them, are the intervention in a protest.
        if (groups.containsKey("protest")) {
            List<Trig> arrests = groups.remove("arrest");
            if (arrests != null) {
                groups.get("protest").addAll(arrests);
            }
            List<Trig> violence = groups.get("violence");
            if (violence != null && violence.stream().allMatch(t -> t.cls.casualty())) {
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
            default -> "violence";
        };
    }

    private List<Trig> triggers(SentenceView v) {
        Graph g = v.g;
        List<Trig> out = new ArrayList<>();
        for (Token t : v.sentence.tokens()) {
            Lexicon.Trigger entry = lexicon.trigger(t.lemma());
            if (v.actorAt(t.index()) != null || v.toponymAt(t.index()) != null) {
                continue;
            }
            Trig trig = null;
            if (entry != null && t.isVerb()) {
                trig = verbal(v, t, entry);
            } else if (entry != null && t.isNoun() && headlineVerb(v, t.index())) {
                // Headline syntax ("the ISF capture another ISIS leader") often parses the verb as a noun.
                trig = new Trig(t.index(), entry.cls(), v.actorAt(t.index() - 1) != null ? t.index() - 1 : null, listOf(nextNoun(v, t.index())), false);
            } else if (t.isNoun() && (NOMINAL_TRIGGERS.contains(t.lemma().toLowerCase(Locale.ROOT)) || sitIn(v, t.index()))) {
                trig = nominal(v, t);
            } else if (t.isNoun() && (t.lemma().equalsIgnoreCase("wound") || t.lemma().equalsIgnoreCase("injury"))) {
                trig = woundsPhrase(v, t);
            }
            if (trig != null && factual(g, trig.token)) {
                out.add(trig);
            }
        }
        return absorbCircumstances(g, out);
    }

    /**
     * A nominal trigger governed by another trigger describes its circumstance ("arrested during a
     * raid", "killed in an attack"): it joins that trigger's event, lending it its perpetrator.
     */
    private static List<Trig> absorbCircumstances(Graph g, List<Trig> triggers) {
        List<Trig> out = new ArrayList<>(triggers);
        for (Trig n : triggers) {
            if (!n.nominal) {
                continue;
            }
            Trig governor = null;
            int node = n.token;
            for (int step = 0; step < 3 && governor == null; step++) {
                Dependency head = g.head(node);
                if (head == null || head.governor() < 0) {
                    break;
                }
                node = head.governor();
                for (Trig t : out) {
                    if (t.token == node && !t.nominal) {
                        governor = t;
                    }
                }
            }
            if (governor == null) {
                continue;
            }
            out.remove(n);
            if (governor.agent == null && n.agent != null) {
                out.set(out.indexOf(governor), new Trig(governor.token, governor.cls, n.agent, governor.patients, false));
            }
        }
        return out;
    }

    private Trig verbal(SentenceView v, Token t, Lexicon.Trigger entry) {
        Graph g = v.g;
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
        Integer subj = first(g.childrenOf(i, "nsubj:pass"), g.childrenOf(i, "nsubj"));
        if (subj == null && head != null && head.governor() >= 0
                && (head.relation().startsWith("advcl") || head.relation().startsWith("conj") || head.relation().startsWith("xcomp"))) {
            // "X ambushed a convoy, killing four": the participle's subject is the governing verb's.
            subj = first(g.childrenOf(head.governor(), "nsubj"));
            passive = passive && g.hasChild(i, "aux:pass");
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
                if (before.pos().equals("DT") || before.pos().equals(",") || before.pos().equals("IN")) {
                    break;
                }
            }
        }
        Integer by = first(g.childrenOf(i, "obl:by"), g.childrenOf(i, "obl:agent"));
        Integer agent = passive ? by : subj;
        List<Integer> patients = passive ? g.childrenOf(i, "nsubj:pass") : objects;
        if (passive && patients.isEmpty() && subj != null) {
            patients = List.of(subj);
        }
        if (!passive && patients.isEmpty() && entry.cls() != TriggerClass.DIE) {
            // The parse lost the object ("police arrested 12 people suspected of …"): take the next noun.
            patients = listOf(nextNoun(v, i));
        }
        if (!entry.requiredObjects().isEmpty()) {
            if (objects.isEmpty() || !entry.requiredObjects().contains(g.token(objects.get(0)).lemma().toLowerCase(Locale.ROOT))) {
                return null;
            }
            // "opened fire on a checkpoint": the target is the oblique, not the object.
            patients = listOf(first(g.childrenOf(i, "obl:on"), g.childrenOf(i, "obl:at")));
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
        return new Trig(i, entry.cls(), agent, patients, false);
    }

    private Trig nominal(SentenceView v, Token t) {
        Graph g = v.g;
        int i = t.index();
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        Integer by = first(g.childrenOf(i, "nmod:by"));
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
        TriggerClass cls = switch (lemma) {
            case "protest", "demonstration", "rally", "sit-in", "sit", "vigil", "march" -> TriggerClass.PROTEST;
            case "clash" -> TriggerClass.CLASH;
            case "airstrike", "strike", "shelling" -> TriggerClass.STRIKE;
            case "explosion", "blast", "bombing" -> TriggerClass.EXPLODE;
            default -> TriggerClass.ATTACK;
        };
        Dependency head = g.head(i);
        String headLemma = head == null || head.governor() < 0 ? "" : g.token(head.governor()).lemma().toLowerCase(Locale.ROOT);
        boolean hosted = head != null && head.relation().startsWith("obj") && PROTEST_HOSTS.contains(headLemma);
        boolean plural = t.pos().equals("NNS") && !g.hasChild(i, "nummod");
        if (cls == TriggerClass.PROTEST) {
            return hosted || g.hasChild(i, "nmod:in") || g.hasChild(i, "nmod:against") || g.hasChild(i, "nmod:outside")
                    ? new Trig(i, cls, by, List.of(), true) : null;
        }
        // A plural without a number ("increased attacks") is a trend, not an event.
        if (plural || (by == null && on == null)) {
            return null;
        }
        return new Trig(i, cls, by, listOf(on), true);
    }

    /** "sit-in", which the tokenizer splits into "sit", "-", "in". */
    private static boolean sitIn(SentenceView v, int i) {
        List<Token> tokens = v.sentence.tokens();
        return lowerWord(tokens.get(i)).equals("sit") && i + 2 < tokens.size()
                && tokens.get(i + 1).word().equals("-") && lowerWord(tokens.get(i + 2)).equals("in");
    }

    private static boolean isTime(Token t) {
        return t.ner().equals("DATE") || t.ner().equals("TIME") || t.ner().equals("DURATION")
                || Set.of("morning", "night", "evening", "afternoon", "day", "dawn").contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** "escaped with gunshot wounds", "hospitalised with injuries": the subject of the verb was injured. */
    private Trig woundsPhrase(SentenceView v, Token t) {
        Dependency head = v.g.head(t.index());
        if (head == null || head.governor() < 0 || !head.relation().equals("obl:with")) {
            return null;
        }
        Integer subj = first(v.g.childrenOf(head.governor(), "nsubj"), v.g.childrenOf(head.governor(), "nsubj:pass"));
        return subj == null ? null : new Trig(t.index(), TriggerClass.INJURE, null, List.of(subj), true);
    }

    private boolean headlineVerb(SentenceView v, int i) {
        List<Token> tokens = v.sentence.tokens();
        if (i == 0 || i + 1 >= tokens.size() || v.actorAt(i - 1) == null) {
            return false;
        }
        String nextPos = tokens.get(i + 1).pos();
        return nextPos.equals("DT") || nextPos.equals("CD") || nextPos.startsWith("NNP") || nextPos.equals("JJ");
    }

    private static Integer nextNoun(SentenceView v, int i) {
        for (int k = i + 1; k < v.sentence.tokens().size(); k++) {
            Token t = v.sentence.tokens().get(k);
            if (t.isNoun() && v.actorAt(k) == null) {
                return k;
            }
            if (t.pos().equals(":") || t.pos().equals(",") || t.pos().equals("IN")) {
                break;
            }
        }
        return null;
    }

    private static boolean hasParticle(Graph g, int i, String particle) {
        for (int c : g.childrenOf(i, "compound:prt")) {
            if (lowerWord(g.token(c)).equals(particle)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasAuxHave(Graph g, int i) {
        for (int c : g.childrenOf(i, "aux")) {
            if (g.token(c).lemma().equalsIgnoreCase("have")) {
                return true;
            }
        }
        return false;
    }

    @SafeVarargs
    private static Integer first(List<Integer>... lists) {
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
        for (int step = 0; step < 5 && node >= 0; step++) {
            for (Dependency d : g.children(node)) {
                String w = lowerWord(g.token(d.dependent()));
                String r = d.relation();
                if (step == 0 && (r.equals("advmod") || r.equals("neg")) && (NEGATION.contains(w) || HABITUAL.contains(w))) {
                    return false;
                }
                if ((step == 0 || r.equals("aux")) && r.startsWith("aux") && MODAL_AUX.contains(w)) {
                    return false;
                }
                if (step == 0 && r.equals("mark") && (w.equals("if") || w.equals("unless"))) {
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
            node = head.governor();
        }
        return true;
    }

    // ---------------------------------------------------------------- from a group of triggers to a draft

    private Draft code(String group, List<Trig> trigs, SentenceView v, Context ctx, String sentenceText) {
        Graph g = v.g;
        Trig head = headOf(trigs);
        Draft d = new Draft(v.sentence.index(), ctx.paragraphOfSentence()[v.sentence.index()]);
        d.evidence = new Evidence(ctx.article().id(), v.sentence.index(), v.sentence.span(), sentenceText);
        StringBuilder reason = new StringBuilder();
        Arg agent = null;
        Arg patient = null;
        Arg victims = null;
        for (Trig t : trigs) {
            reason.append(reason.length() == 0 ? "" : ", ").append(t.cls.name().toLowerCase(Locale.ROOT))
                    .append(" '").append(g.token(t.token).word()).append("'");
            if (t.agent != null && (agent == null || agent.actor == null)) {
                Arg a = argument(v, List.of(t.agent), ctx, false, null);
                if (a.actor != null || agent == null) {
                    agent = a;
                }
            }
            if (!t.patients.isEmpty()) {
                Arg p = argument(v, t.patients, ctx, true, agent == null ? null : agent.actor);
                switch (t.cls) {
                    case KILL, DIE -> {
                        d.fatalities += p.count;
                        victims = victims == null ? p : victims;
                    }
                    case INJURE -> {
                        d.injured += p.count;
                        victims = victims == null ? p : victims;
                    }
                    case ARREST -> {
                        d.arrested += p.count;
                        d.rest |= p.rest;
                        patient = patient == null ? p : patient;
                    }
                    default -> patient = patient == null || patient.actor == null && p.actor != null ? p : patient;
                }
            } else if (t.cls == TriggerClass.DIE) {
                Integer subj = first(g.childrenOf(t.token, "nsubj"));
                if (subj != null) {
                    Arg p = argument(v, List.of(subj), ctx, true, agent == null ? null : agent.actor);
                    d.fatalities += p.count;
                    victims = victims == null ? p : victims;
                }
            }
        }
        // "struck farmland …, killing four civilians": the victims say who was attacked, not the farmland.
        // Generic "insurgents" killed are usually the attackers themselves ("repelled the attack, killing 11 insurgents").
        if (victims != null && (patient == null || (patient.actor == null || patient.guessed) && victims.actor != null && !victims.genericArmed)) {
            patient = victims;
        }
        d.reason = reason.toString();
        d.casualtyOnly = group.equals("violence") && trigs.stream().allMatch(t -> t.cls.casualty()) && (agent == null || agent.actor == null);
        d.violent = group.equals("violence");
        List<String> words = new ArrayList<>();
        for (Token t : v.sentence.tokens()) {
            words.add(lowerWord(t));
        }
        EventType means = group.equals("violence") ? lexicon.instrument(words) : null;
        d.type = type(group, head, means, agent, patient, trigs, words);
        if (d.type == null) {
            return null;
        }
        if (d.type == EventType.ARRESTS && d.arrested == 0 && !d.rest) {
            if (patient == null || !patient.person) {
                return null;
            }
            d.arrested = 1;
        }
        if (d.violent && d.type.category() != org.sitrep.model.EventCategory.EXPLOSIONS_REMOTE_VIOLENCE
                && patient == null && d.fatalities == 0 && d.injured == 0 && head.cls != TriggerClass.CLASH) {
            return null;
        }
        assignActors(d, agent, patient, ctx);
        d.summaryCue = summaryCue(g, trigs);
        d.suspects = words.contains("suspected") || words.contains("suspects") || words.contains("suspect");
        placeChain(d, v, trigs, ctx.article().text());
        DateResolver.Resolved date = DateResolver.resolve(sentenceText, ctx.article().publishedOn());
        if (date != null) {
            d.date = date.date();
            d.datePrecision = date.precision();
        }
        d.confidence = confidence(head, agent, patient);
        return d;
    }

    private static Trig headOf(List<Trig> trigs) {
        Trig best = trigs.get(0);
        for (Trig t : trigs) {
            if (rank(t.cls) < rank(best.cls)) {
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
        };
    }

    private EventType type(String group, Trig head, EventType means, Arg agent, Arg patient, List<Trig> trigs, List<String> words) {
        switch (group) {
            case "arrest":
                if (patient != null && patient.place && !patient.person) {
                    return null;
                }
                return EventType.ARRESTS;
            case "deploy":
                return EventType.CHANGE_TO_GROUP_ACTIVITY;
            case "seize":
                if (patient == null || !patient.place) {
                    return null;
                }
                return agent != null && agent.actor != null && agent.actor.type() == ActorType.STATE_FORCES
                        ? EventType.GOVERNMENT_REGAINS_TERRITORY : EventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY;
            case "protest":
                boolean intervention = trigs.stream().anyMatch(t -> t.cls == TriggerClass.INTERVENE || t.cls == TriggerClass.ARREST)
                        || words.contains("tear") && words.contains("gas") || words.contains("cannon") || words.contains("rubber");
                boolean killed = trigs.stream().anyMatch(t -> t.cls == TriggerClass.KILL || t.cls == TriggerClass.DIE);
                boolean riot = words.contains("torched") || words.contains("stones") || words.contains("rioted") || words.contains("looted")
                        || words.contains("set") && words.contains("fire");
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
        if (head.cls == TriggerClass.KIDNAP) {
            return EventType.ABDUCTION;
        }
        if (means != null) {
            return means;
        }
        if (head.cls == TriggerClass.EXPLODE) {
            return EventType.REMOTE_EXPLOSIVE;
        }
        if (head.cls == TriggerClass.SHELL) {
            return EventType.SHELLING_ARTILLERY_MISSILE;
        }
        if (head.cls == TriggerClass.STRIKE) {
            // "hit" or "struck" without a named means is no event of its own.
            return null;
        }
        if (head.cls == TriggerClass.CLASH) {
            return EventType.ARMED_CLASH;
        }
        if (patient != null && patient.armed) {
            return agent != null && agent.actor != null && agent.actor.type() == ActorType.CIVILIANS ? EventType.MOB_VIOLENCE : EventType.ARMED_CLASH;
        }
        if (patient != null && patient.actor != null && patient.actor.type() == ActorType.PROTESTERS) {
            return EventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS;
        }
        return EventType.ATTACK;
    }

    private void assignActors(Draft d, Arg agent, Arg patient, Context ctx) {
        d.actor1 = agent == null ? null : agent.actor;
        d.actor2 = patient == null ? null : patient.actor;
        if (d.actor1 != null && d.actor1.equals(d.actor2)) {
            d.actor2 = null;
        }
        switch (d.type) {
            case ARRESTS -> {
                // Arrests are made by the state's forces; the text often leaves them unsaid.
                if (d.actor1 == null) {
                    d.actor1 = ctx.salientStateForce() != null ? ctx.salientStateForce() : role(GenericRole.STATE_POLICE, ctx);
                }
                // The arrested of an article about an armed group are coded as that group, as ACLED does.
                if ((d.actor2 == null || d.actor2.type() == ActorType.CIVILIANS) && ctx.salientArmedGroup() != null) {
                    d.actor2 = ctx.salientArmedGroup();
                }
            }
            case PEACEFUL_PROTEST, PROTEST_WITH_INTERVENTION, VIOLENT_DEMONSTRATION, EXCESSIVE_FORCE_AGAINST_PROTESTERS -> {
                Actor protesters = role(d.type == EventType.VIOLENT_DEMONSTRATION ? GenericRole.RIOTERS : GenericRole.PROTESTERS, ctx);
                Actor police = d.actor1 != null && d.actor1.type() == ActorType.STATE_FORCES ? d.actor1 : role(GenericRole.STATE_POLICE, ctx);
                if (d.type == EventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS) {
                    d.actor1 = police;
                    d.actor2 = protesters;
                } else {
                    d.actor1 = protesters;
                    d.actor2 = d.type == EventType.PEACEFUL_PROTEST ? null : police;
                }
            }
            case CHANGE_TO_GROUP_ACTIVITY -> d.actor2 = null;
            default -> {
                if (d.actor1 == null && d.violent) {
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

    private static double confidence(Trig head, Arg agent, Arg patient) {
        double c = head.nominal ? 0.6 : 0.7;
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
            for (Dependency d : g.children(t.token)) {
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
        int count;
    }

    /**
     * What the argument headed by {@code heads} (with their conjuncts) names.
     *
     * @param exclude an actor the argument cannot be (the other side of the event), or null
     */
    private Arg argument(SentenceView v, List<Integer> heads, Context ctx, boolean counted, Actor exclude) {
        Graph g = v.g;
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
        for (int m : members) {
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
            }
            Token head = g.token(m);
            String lemma = head.lemma().toLowerCase(Locale.ROOT);
            if (PLACE_KEYWORDS.contains(lemma)) {
                a.place = true;
            }
            if (PERSON_NOUNS.contains(lemma) || actors.genericRole(lemma).isPresent() || head.pos().equals("CD")) {
                a.person = true;
            }
            if (ARMED_TARGETS.contains(lemma)) {
                a.armed = true;
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
        if (a.actor == null) {
            GenericRole role = genericRole(g, tok);
            if (role != null && countryIso3 != null) {
                a.actor = role == GenericRole.ARMED_GROUP ? armedGroup(ctx, exclude, countryIso3, countryName)
                        : actors.forRole(role, countryIso3, countryName);
                a.guessed = actors.genericRole(g.token(tok).lemma()).isEmpty() && ARMED_TARGETS.contains(g.token(tok).lemma().toLowerCase(Locale.ROOT));
                a.genericArmed = role == GenericRole.ARMED_GROUP;
            }
        }
        if (a.actor == null && tok > 0 && g.token(tok - 1).isNoun()) {
            // A modifier the parse attached elsewhere ("an army drone" with "army" as a subject).
            GenericRole role = actors.genericRole(g.token(tok - 1).lemma()).orElse(null);
            if ((role == GenericRole.STATE_MILITARY || role == GenericRole.STATE_POLICE) && countryIso3 != null) {
                a.actor = actors.forRole(role, countryIso3, countryName);
            }
        }
        if (a.actor != null && a.actor.type().armed()) {
            a.armed = true;
        }
        return a;
    }

    /** The armed group a generic "militants" stands for: the article's most named one other than {@code exclude}. */
    private Actor armedGroup(Context ctx, Actor exclude, String countryIso3, String countryName) {
        for (Actor a : ctx.armedGroups()) {
            if (!a.equals(exclude)) {
                return a;
            }
        }
        return actors.forRole(GenericRole.ARMED_GROUP, countryIso3, countryName);
    }

    /** "al-Qaeda-linked", "Iran-backed": an actor inside an adjective qualifies, it does not act. */
    private static boolean adjectival(Graph g, ActorMention m) {
        String last = g.token(m.endToken() - 1).word().toLowerCase(Locale.ROOT);
        int after = m.endToken();
        if (after < g.size() && g.token(after).word().equals("-")) {
            after++;
        }
        String next = after < g.size() ? g.token(after).word().toLowerCase(Locale.ROOT) : "";
        return last.matches(".*-(linked|backed|affiliated|allied|aligned|inspired|supported|controlled)")
                || next.matches("-?(linked|backed|affiliated|allied|aligned|inspired|supported|controlled)");
    }

    private static boolean modifiesDirectly(Graph g, int token, int head) {
        Dependency d = g.head(token);
        if (d == null || d.governor() != head) {
            return false;
        }
        String r = d.relation();
        return r.startsWith("compound") || r.startsWith("amod") || r.startsWith("nmod:poss") || r.startsWith("appos");
    }

    /** "its forces", "their fighters": the actor the sentence names elsewhere, typically the one speaking. */
    private static Actor possessor(SentenceView v, int tok) {
        for (int c : v.g.childrenOf(tok, "nmod:poss")) {
            String w = lowerWord(v.g.token(c));
            if (w.equals("its") || w.equals("their")) {
                for (ActorMention m : v.actors) {
                    if (!m.covers(tok)) {
                        return m.actor();
                    }
                }
            }
        }
        return null;
    }

    /** The generic role of a head noun, of the head with its compound ("security forces"), or of a compound modifier ("army drone", "police vehicle"). */
    private GenericRole genericRole(Graph g, int tok) {
        String lemma = g.token(tok).lemma().toLowerCase(Locale.ROOT);
        GenericRole role = actors.genericRole(compoundWithHead(g, tok)).or(() -> actors.genericRole(lemma)).orElse(null);
        if (role == null) {
            for (int c : g.childrenOf(tok, "compound")) {
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
        if (role == null && ARMED_TARGETS.contains(lemma)) {
            role = GenericRole.STATE_MILITARY;
        }
        return role;
    }

    /** "security forces", "police officer": the head with its compound modifier, for two-word generic agents. */
    private static String compoundWithHead(Graph g, int tok) {
        for (int c : g.childrenOf(tok, "compound")) {
            return g.token(c).lemma().toLowerCase(Locale.ROOT) + " " + g.token(tok).lemma().toLowerCase(Locale.ROOT);
        }
        for (int c : g.childrenOf(tok, "amod")) {
            return lowerWord(g.token(c)) + " " + g.token(tok).word().toLowerCase(Locale.ROOT);
        }
        return g.token(tok).lemma().toLowerCase(Locale.ROOT);
    }

    /** People counted by a noun phrase head; -1 for "the rest" (resolved from the article later). */
    private static int count(Graph g, int m) {
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
            return PERSON_NOUNS.contains(lemma) || t.pos().equals("NNP") ? 1 : 0;
        }
        return 0;
    }

    private static boolean personLike(SentenceView v, int tok) {
        String lemma = v.g.token(tok).lemma().toLowerCase(Locale.ROOT);
        return v.actorAt(tok) != null || PERSON_NOUNS.contains(lemma) || v.g.token(tok).pos().equals("CD")
                || v.g.phrase(tok).stream().anyMatch(p -> v.actorAt(p) != null);
    }

    private boolean protesterLike(SentenceView v, int tok) {
        return actors.genericRole(v.g.token(tok).lemma()).map(r -> r == GenericRole.PROTESTERS).orElse(false);
    }

    // ---------------------------------------------------------------- places

    private static final Set<String> NOT_LOCATION_CASES = Set.of("from", "with", "by", "like", "than", "for", "about", "toward", "towards", "against", "despite");

    private void placeChain(Draft d, SentenceView v, List<Trig> trigs, String articleText) {
        Graph g = v.g;
        List<Integer> visited = new ArrayList<>();
        List<Integer> between = new ArrayList<>();
        List<Integer> routes = new ArrayList<>();
        for (Trig t : trigs) {
            walkPlaces(g, t.token, visited, between, routes, 0);
        }
        List<PlaceName> names = new ArrayList<>();
        boolean routeOnly = true;
        for (Toponym tp : v.toponyms) {
            boolean reached = false;
            boolean viaBetween = false;
            for (int k = tp.startToken; k < tp.endToken; k++) {
                reached |= visited.contains(k);
                viaBetween |= between.contains(k);
            }
            if (reached) {
                names.add(tp.name);
                routeOnly &= viaBetween;
            }
        }
        if (names.isEmpty() && !d.casualtyOnly) {
            // The parse may have failed (headlines): fall back to the sentence's gazetteer places,
            // but not those it names as an origin.
            for (Toponym tp : v.toponyms) {
                String prev = tp.startToken > 0 ? lowerWord(g.token(tp.startToken - 1)) : "";
                if (tp.known && !prev.equals("from") && !prev.equals("between")) {
                    names.add(tp.name);
                    routeOnly = false;
                }
            }
        }
        d.places = names;
        d.routeOnly = !names.isEmpty() && routeOnly;
        if (d.routeOnly && !routes.isEmpty() && names.get(names.size() - 1).span() != null) {
            // "road between the former Daesh capital and Baghdad", as written.
            Span phrase = new Span(g.token(routes.get(0)).span().start(), names.get(names.size() - 1).span().end());
            d.route = new PlaceName(phrase.of(articleText), phrase);
        }
        d.placesKnown = v.toponyms.stream().anyMatch(tp -> tp.known && names.contains(tp.name));
    }

    /**
     * Collects the tokens reachable from a trigger through place-bearing relations; {@code between}
     * gets those under a "between" phrase, {@code routes} the nouns that phrase hangs on ("road").
     */
    private static void walkPlaces(Graph g, int node, List<Integer> visited, List<Integer> between, List<Integer> routes, int depth) {
        if (depth > 6) {
            return;
        }
        for (Dependency d : g.children(node)) {
            String r = d.relation();
            int c = d.dependent();
            boolean location = r.startsWith("obl") || r.startsWith("nmod") || r.startsWith("obj") || r.startsWith("compound")
                    || r.startsWith("appos") || r.startsWith("acl") && !r.startsWith("acl:relcl") || r.equals("advmod") || r.startsWith("amod");
            if (!location || visited.contains(c)) {
                continue;
            }
            String prep = g.caseOf(d);
            if ((r.startsWith("obl") || r.startsWith("nmod")) && NOT_LOCATION_CASES.contains(prep)) {
                continue;
            }
            visited.add(c);
            if (prep.equals("between") || between.contains(node)) {
                between.add(c);
                if (prep.equals("between") && !routes.contains(node)) {
                    routes.add(node);
                }
            }
            walkPlaces(g, c, visited, between, routes, depth + 1);
        }
        for (int c : g.childrenOf(node, "conj")) {
            if (!visited.contains(c) && !g.token(c).isVerb()) {
                visited.add(c);
                if (between.contains(node)) {
                    between.add(c);
                }
                walkPlaces(g, c, visited, between, routes, depth + 1);
            }
        }
    }

    // ---------------------------------------------------------------- claims

    /** "Islamic State claimed the bombing": names the perpetrator of an event told earlier. */
    private Discourse.Claim claim(SentenceView v, Context ctx) {
        Graph g = v.g;
        for (Token t : v.sentence.tokens()) {
            if (!t.isVerb() || !t.lemma().equalsIgnoreCase("claim") || !factual(g, t.index())) {
                continue;
            }
            Integer subj = first(g.childrenOf(t.index(), "nsubj"));
            if (subj == null) {
                continue;
            }
            for (int p : g.phrase(subj)) {
                ActorMention m = v.actorAt(p);
                if (m != null && m.actor().type().armed()) {
                    return new Discourse.Claim(v.sentence.index(), m.actor());
                }
            }
        }
        return null;
    }
}
