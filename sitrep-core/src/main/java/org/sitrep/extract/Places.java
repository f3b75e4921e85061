package org.sitrep.extract;

import org.sitrep.actors.ActorDictionary;
import org.sitrep.actors.ActorMention;
import org.sitrep.geo.PlaceName;
import org.sitrep.geo.ToponymMatcher;
import org.sitrep.model.Article;
import org.sitrep.model.Span;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.sitrep.extract.Vocabulary.*;

/**
 * Finds place names in a sentence (gazetteer, NER, place frames) and the chain of names that says
 * where a coded event happened. Thread-safe.
 */
final class Places {
    private final ToponymMatcher toponyms;
    private final ActorDictionary actors;

    Places(ToponymMatcher toponyms, ActorDictionary actors) {
        this.toponyms = toponyms;
        this.actors = actors;
    }

    List<Toponym> findToponyms(String text, Sentence s) {
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
            // A lower-case word the tagger calls a location ("city" in "Islamabad city") is a kind of
            // place, not a name: looked up, it would find the towns that GeoNames also calls "The City".
            boolean ner = t.ner().equals("LOCATION") && !Character.isLowerCase(t.word().charAt(0));
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
                String name = tp.name().text();
                boolean known = toponyms.find(name).stream().anyMatch(m -> m.span().length() == name.length());
                out.add(known ? new Toponym(tp.startToken(), tp.endToken(), tp.name(), true) : tp);
            }
            i = j - 1;
        }
        out.sort((x, y) -> x.startToken() - y.startToken());
        return out;
    }

    static boolean placeFrame(List<Token> tokens, int i) {
        String prev = lowerWord(tokens.get(i - 1));
        if (prev.equals("of") && i > 1 && PLACE_KEYWORDS.contains(lowerWord(tokens.get(i - 2)))) {
            return true;
        }
        return Set.of("in", "at", "near", "outside", "around").contains(prev);
    }

    static boolean free(boolean[] taken, int a, int b) {
        for (int i = a; i < b; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    static void mark(boolean[] taken, int a, int b) {
        for (int i = a; i < b; i++) {
            taken[i] = true;
        }
    }

    static Toponym toponym(String text, List<Token> tokens, int a, int b, boolean known) {
        Span span = new Span(tokens.get(a).span().start(), tokens.get(b - 1).span().end());
        return new Toponym(a, b, new PlaceName(span.of(text), span), known);
    }

    static final Set<String> NOT_LOCATION_CASES = Set.of("from", "with", "by", "like", "than", "for", "about", "toward", "towards", "against", "despite");

    void placeChain(Draft d, SentenceView v, List<Trig> trigs, String articleText) {
        Graph g = v.g();
        List<Integer> visited = new ArrayList<>();
        List<Integer> between = new ArrayList<>();
        List<Integer> routes = new ArrayList<>();
        for (Trig t : trigs) {
            walkPlaces(g, t.token(), visited, between, routes, 0);
        }
        List<PlaceName> names = new ArrayList<>();
        boolean routeOnly = true;
        for (Toponym tp : v.toponyms()) {
            boolean reached = false;
            boolean viaBetween = false;
            for (int k = tp.startToken(); k < tp.endToken(); k++) {
                reached |= visited.contains(k);
                viaBetween |= between.contains(k);
            }
            if (reached) {
                names.add(tp.name());
                routeOnly &= viaBetween;
            }
        }
        if (names.isEmpty() && !d.casualtyOnly) {
            // The parse may have failed (headlines): fall back to the sentence's gazetteer places,
            // but not those it names as an origin.
            for (Toponym tp : v.toponyms()) {
                String prev = tp.startToken() > 0 ? lowerWord(g.token(tp.startToken() - 1)) : "";
                if (tp.known() && !prev.equals("from") && !prev.equals("between")) {
                    names.add(tp.name());
                    routeOnly = false;
                }
            }
        } else if (!names.isEmpty() && names.stream().allMatch(this::isCountry)) {
            // Only a country reached, usually through an actor ("the forces of Azerbaijan located near
            // Horadiz, Fizuli"): the parse missed the place phrase, whose places the sentence still
            // names. They come first, the country stays as their container.
            List<PlaceName> within = new ArrayList<>();
            for (Toponym tp : v.toponyms()) {
                String prev = tp.startToken() > 0 ? lowerWord(g.token(tp.startToken() - 1)) : "";
                if (tp.known() && !isCountry(tp.name()) && !prev.equals("from") && !prev.equals("between")) {
                    within.add(tp.name());
                }
            }
            if (!within.isEmpty()) {
                within.addAll(names);
                names.clear();
                names.addAll(within);
                routeOnly = false;
            }
        }
        Toponym frame = sentenceFrame(v);
        if (frame != null && !names.isEmpty() && !names.contains(frame.name()) && !names.stream().allMatch(this::isCountry)) {
            // "On 2 May, in Tijuana, Baja California, two men were shot dead in Colonia Libertad": the
            // opening place frames the whole sentence, so the place reached lies in it. As the chain's
            // container it keeps a namesake of the inner place elsewhere from being chosen.
            names.add(frame.name());
        }
        d.places = withQualifiers(names, v);
        d.routeOnly = !names.isEmpty() && routeOnly;
        if (d.routeOnly && !routes.isEmpty() && names.get(names.size() - 1).span() != null) {
            // "road between the former Daesh capital and Baghdad", as written.
            // The route noun usually comes first ("road between X and Y") but not always ("between X and Y road").
            int start = Math.min(g.token(routes.get(0)).span().start(), names.get(0).span() == null ? Integer.MAX_VALUE : names.get(0).span().start());
            int end = Math.max(g.token(routes.get(0)).span().end(), names.get(names.size() - 1).span().end());
            Span phrase = new Span(start, end);
            d.route = new PlaceName(phrase.of(articleText), phrase);
        }
        d.placesKnown = v.toponyms().stream().anyMatch(tp -> tp.known() && names.contains(tp.name()));
    }

    /**
     * Collects the tokens reachable from a trigger through place-bearing relations; {@code between}
     * gets those under a "between" phrase, {@code routes} the nouns that phrase hangs on ("road").
     */
    static void walkPlaces(Graph g, int node, List<Integer> visited, List<Integer> between, List<Integer> routes, int depth) {
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
                if (prep.equals("between") && g.token(node).isNoun() && !routes.contains(node)) {
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

    /**
     * The place the article is filed from: the first gazetteer place, other than a country, of its
     * headline, else of its first paragraph. It places landmarks the gazetteer lacks ("Tahrir Square").
     */
    PlaceName anchor(Article article) {
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

    /**
     * The place an opening "in" phrase names, before the sentence's first verb ("On 2 May, in
     * Tijuana, Baja California, …", "In Kano, gunmen …"), if the gazetteer knows it; else null.
     */
    private static Toponym sentenceFrame(SentenceView v) {
        List<Token> tokens = v.sentence().tokens();
        for (Toponym tp : v.toponyms()) {
            int at = tp.startToken();
            if (!tp.known() || at == 0 || !lowerWord(tokens.get(at - 1)).equals("in")) {
                continue;
            }
            int depth = 0;
            for (int i = 0; i < at; i++) {
                Token t = tokens.get(i);
                depth += isOpen(t) ? 1 : isClose(t) ? -1 : 0;
                if (t.isVerb() && depth <= 0) {
                    return null; // an aside in brackets ("(as reported)") is not the sentence's verb
                }
            }
            return tp;
        }
        return null;
    }

    /** Whether the gazetteer reads the whole name as a country ("Azerbaijan", "Syria"). */
    private boolean isCountry(PlaceName name) {
        String text = name.text();
        return toponyms.find(text).stream().anyMatch(m -> m.country() && m.span().length() == text.length());
    }

    /** The sentence's gazetteer places other than countries, with their qualifiers, for mentions of later sentences. */
    List<PlaceName> carriable(SentenceView v) {
        List<PlaceName> names = new ArrayList<>();
        for (Toponym t : v.toponyms()) {
            if (t.known() && toponyms.find(t.name().text()).stream().noneMatch(m -> m.country())) {
                names.add(t.name());
            }
        }
        // In the order the geocoder reads a chain: bare names before those written with their containers.
        return withQualifiers(names, v);
    }

    /**
     * "Badah town (Larkana, Sindh)", "Niteroi, Rio de Janeiro": places written right after a chosen
     * name, in brackets or after a comma, are its containers and join the chain after it.
     */
    static List<PlaceName> withQualifiers(List<PlaceName> names, SentenceView v) {
        // A name written with its containers ("in Tijuana, Baja California, … in Colonia Buena Vista")
        // is the frame the sentence's other, bare names lie in: the geocoder reads every later name
        // of the chain as a container of the earlier ones, so the bare names come first and the
        // framed names, each followed by its containers, after them.
        List<PlaceName> bare = new ArrayList<>();
        List<PlaceName> framed = new ArrayList<>();
        List<Toponym> all = v.toponyms();
        List<Token> tokens = v.sentence().tokens();
        for (PlaceName name : names) {
            List<PlaceName> group = new ArrayList<>();
            group.add(name);
            Toponym at = null;
            for (Toponym t : all) {
                if (t.name().equals(name)) {
                    at = t;
                }
            }
            if (at == null) {
                bare.add(name);
                continue;
            }
            int k = at.endToken();
            // Skip a place word between the name and its qualifier ("Badah town (Larkana, Sindh)").
            if (k < tokens.size() && PLACE_KEYWORDS.contains(tokens.get(k).lemma().toLowerCase(Locale.ROOT))) {
                k++;
            }
            boolean bracket = k < tokens.size() && isOpen(tokens.get(k));
            if (!bracket && !(k < tokens.size() && tokens.get(k).word().equals(","))) {
                bare.add(name);
                continue;
            }
            k++;
            while (k < tokens.size()) {
                Toponym next = startingAt(all, k);
                if (bracket && (next == null || !next.known())) {
                    // "(Djugu, Ituri)", "(Mobbar LGA, Borno)": a part the gazetteer lacks does not end
                    // the bracket's containers; the next one starts after its comma.
                    int comma = k;
                    while (comma < tokens.size() && !tokens.get(comma).word().equals(",") && !isClose(tokens.get(comma))) {
                        comma++;
                    }
                    if (comma < tokens.size() && tokens.get(comma).word().equals(",")) {
                        k = comma + 1;
                        continue;
                    }
                    break;
                }
                if (next == null || !next.known()) {
                    break;
                }
                group.add(next.name());
                k = next.endToken();
                if (k < tokens.size() && tokens.get(k).word().equals(",") && (bracket || startingAt(all, k + 1) != null)) {
                    k++;
                } else {
                    break;
                }
            }
            (group.size() > 1 ? framed : bare).addAll(group);
        }
        List<PlaceName> out = new ArrayList<>();
        for (PlaceName name : bare) {
            // A container of a framed name ("Baja California") belongs after that name, not before it.
            if (!out.contains(name) && !framed.contains(name)) {
                out.add(name);
            }
        }
        for (PlaceName name : framed) {
            if (!out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    private static boolean isOpen(Token t) {
        return t.word().equals("(") || t.pos().equals("-LRB-");
    }

    private static boolean isClose(Token t) {
        return t.word().equals(")") || t.pos().equals("-RRB-");
    }

    private static Toponym startingAt(List<Toponym> all, int token) {
        for (Toponym t : all) {
            if (t.startToken() == token) {
                return t;
            }
        }
        return null;
    }
}
