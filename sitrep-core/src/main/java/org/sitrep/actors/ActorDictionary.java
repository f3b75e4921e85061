package org.sitrep.actors;

import org.sitrep.model.Actor;
import org.sitrep.model.ActorType;
import org.sitrep.nlp.Token;
import org.sitrep.resources.TsvTable;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Canonical actors, their aliases, generic agent nouns, each country's state forces and the countries
 * whose criminal violence ACLED codes as gangs', loaded from {@code actors.tsv},
 * {@code generic-agents.tsv}, {@code state-forces.tsv} and {@code criminal-violence.tsv} (see those
 * files for the layout). Immutable and thread-safe once built.
 *
 * <p>Alias matching is on whole tokens; hyphens separate words on both sides, so "US-led Coalition"
 * matches however the tokenizer split it. Aliases of up to five capital letters ("IS", "ISF") match
 * only as written.
 */
public final class ActorDictionary {
    private static final String RESOURCES = "/org/sitrep/actors/";

    private final Map<String, Actor> byId;
    /** First alias word (normalized) → aliases starting with it, longest first. */
    private final Map<String, List<Alias>> aliasesByFirstWord;
    private final Map<String, GenericRole> generic;
    private final Map<String, String[]> stateForces;
    /** Country (ISO alpha-3) whose criminal violence ACLED codes → its unattributed killer's name, or "-". */
    private final Map<String, String> criminalViolence;
    private final AcledCountryNames countryNames = AcledCountryNames.bundled();
    private final Regimes regimes = Regimes.bundled();
    private final ActorNames names = ActorNames.bundled();

    private record Alias(List<String> words, boolean exactCase, Actor actor) {}

    private ActorDictionary(Map<String, Actor> byId, Map<String, List<String>> aliases,
                            Map<String, GenericRole> generic, Map<String, String[]> stateForces,
                            Map<String, String> criminalViolence) {
        this.byId = Map.copyOf(byId);
        Map<String, List<Alias>> index = new HashMap<>();
        aliases.forEach((id, list) -> {
            Actor actor = byId.get(id);
            for (String alias : list) {
                List<String> words = words(alias);
                if (words.isEmpty()) {
                    continue;
                }
                boolean exact = alias.length() <= 5 && alias.chars().allMatch(c -> Character.isUpperCase(c));
                Alias a = new Alias(exact ? words(alias, false) : words, exact, actor);
                index.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(a);
            }
        });
        index.values().forEach(l -> l.sort((x, y) -> y.words.size() - x.words.size()));
        index.replaceAll((k, v) -> List.copyOf(v));
        this.aliasesByFirstWord = Map.copyOf(index);
        this.generic = Map.copyOf(generic);
        this.stateForces = Map.copyOf(stateForces);
        this.criminalViolence = Map.copyOf(criminalViolence);
    }

    /** The dictionary bundled with sitrep. */
    public static ActorDictionary bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final ActorDictionary BUNDLED = load(null);
    }

    /**
     * The bundled dictionary extended by a user file in the {@code actors.tsv} layout: its actors
     * are added, and replace bundled ones with the same id.
     *
     * @throws IllegalArgumentException if the file cannot be read or a line is malformed (naming file and line)
     */
    public static ActorDictionary withUserFile(Path userActors) {
        return load(userActors);
    }

    private static ActorDictionary load(Path userActors) {
        Map<String, Actor> byId = new LinkedHashMap<>();
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        readActors(resource("actors.tsv"), "actors.tsv", byId, aliases);
        if (userActors != null) {
            try (Reader r = Files.newBufferedReader(userActors, StandardCharsets.UTF_8)) {
                readActors(r, userActors.toString(), byId, aliases);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read actor file " + userActors + ": " + e.getMessage(), e);
            }
        }
        Map<String, GenericRole> generic = new HashMap<>();
        for (String[] row : rows(resource("generic-agents.tsv"), "generic-agents.tsv", 2)) {
            generic.put(row[0].toLowerCase(Locale.ROOT), GenericRole.valueOf(row[1]));
        }
        Map<String, String[]> stateForces = new HashMap<>();
        for (String[] row : rows(resource("state-forces.tsv"), "state-forces.tsv", 3)) {
            stateForces.put(row[0], new String[] {row[1], row[2]});
        }
        Map<String, String> criminalViolence = new HashMap<>();
        for (String[] row : rows(resource("criminal-violence.tsv"), "criminal-violence.tsv", 2)) {
            criminalViolence.put(row[0], row[1]);
        }
        return new ActorDictionary(byId, aliases, generic, stateForces, criminalViolence);
    }

    private static void readActors(Reader in, String name, Map<String, Actor> byId, Map<String, List<String>> aliases) {
        for (String[] row : rows(in, name, 5)) {
            ActorType type;
            try {
                type = ActorType.valueOf(row[2]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ": unknown actor family '" + row[2] + "' for " + row[0], e);
            }
            Actor actor = new Actor(row[0], row[1], type, row[3].equals("-") ? null : row[3]);
            byId.put(actor.id(), actor);
            List<String> list = new ArrayList<>(List.of(row[4].split("\\|")));
            list.add(actor.name());
            aliases.put(actor.id(), list);
        }
    }

    private static Reader resource(String file) {
        return TsvTable.resource(RESOURCES + file);
    }

    private static List<String[]> rows(Reader in, String name, int columns) {
        return TsvTable.read(in, name, columns);
    }

    private static List<String> words(String text) {
        return words(text, true);
    }

    private static List<String> words(String text, boolean lowerCase) {
        List<String> out = new ArrayList<>();
        for (String w : text.split("[\\s\\-\u2010\u2011\u2013]+")) {
            String n = normalizeWord(w, lowerCase);
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    private static String normalizeWord(String w, boolean lowerCase) {
        String s = w.replace('\u2019', '\'').replace("'s", "");
        s = s.replaceAll("[^\\p{L}\\p{N}'.]", "");
        if (s.endsWith(".") && s.length() > 1 && !s.matches("(\\p{L}\\.)+")) {
            s = s.substring(0, s.length() - 1);
        }
        return lowerCase ? s.toLowerCase(Locale.ROOT) : s;
    }

    public Optional<Actor> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Named actors in a sentence's tokens, longest match first, non-overlapping, in token order.
     */
    public List<ActorMention> find(List<Token> tokens) {
        // Flatten tokens into words; a hyphenated token yields several words mapped to one token.
        List<String> lower = new ArrayList<>();
        List<String> asWritten = new ArrayList<>();
        List<Integer> tokenOf = new ArrayList<>();
        for (Token t : tokens) {
            for (String w : t.word().split("[\\-\u2010\u2011\u2013]+")) {
                String n = normalizeWord(w, false);
                if (!n.isEmpty()) {
                    asWritten.add(n);
                    lower.add(n.toLowerCase(Locale.ROOT));
                    tokenOf.add(t.index());
                }
            }
        }
        List<ActorMention> out = new ArrayList<>();
        int i = 0;
        while (i < lower.size()) {
            Alias best = null;
            List<Alias> candidates = aliasesByFirstWord.getOrDefault(lower.get(i), List.of());
            for (Alias a : candidates) {
                if (matches(a, lower, asWritten, i)) {
                    best = a;
                    break;
                }
            }
            if (best == null) {
                i++;
                continue;
            }
            int end = i + best.words.size();
            out.add(new ActorMention(tokenOf.get(i), tokenOf.get(end - 1) + 1, best.actor));
            i = end;
        }
        return out;
    }

    private static boolean matches(Alias a, List<String> lower, List<String> asWritten, int from) {
        if (from + a.words.size() > lower.size()) {
            return false;
        }
        for (int k = 0; k < a.words.size(); k++) {
            String have = a.exactCase ? asWritten.get(from + k) : lower.get(from + k);
            if (!have.equals(a.words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The generic role of a noun lemma ("soldier", "militant"), if it is a generic agent. */
    public Optional<GenericRole> genericRole(String lemma) {
        return Optional.ofNullable(generic.get(lemma.toLowerCase(Locale.ROOT)));
    }

    /**
     * The actor a generic role stands for in a country.
     *
     * @param role a role other than {@link GenericRole#ARMED_GROUP}, which needs the article's context
     * @param countryIso3 the country, ISO alpha-3
     * @param geoNamesCountryName its name, for the ACLED-style names "Military Forces of Kenya", "Civilians (Kenya)",
     *     unless ACLED writes the country otherwise ({@link AcledCountryNames}: "Democratic Republic of Congo")
     */
    public Actor forRole(GenericRole role, String countryIso3, String geoNamesCountryName) {
        String countryName = countryNames.nameOf(countryIso3, geoNamesCountryName);
        String[] forces = stateForces.get(countryIso3);
        return switch (role) {
            case STATE_MILITARY -> forces != null && !forces[0].equals("-") ? byId.get(forces[0])
                    : new Actor("military-" + countryIso3.toLowerCase(Locale.ROOT), "Military Forces of " + withArticle(countryName), ActorType.STATE_FORCES, countryIso3);
            case STATE_POLICE -> forces != null && !forces[1].equals("-") ? byId.get(forces[1])
                    : new Actor("police-" + countryIso3.toLowerCase(Locale.ROOT), "Police Forces of " + withArticle(countryName), ActorType.STATE_FORCES, countryIso3);
            case GANG -> new Actor("unidentified-gang-" + countryIso3.toLowerCase(Locale.ROOT), "Unidentified Gang (" + countryName + ")", ActorType.POLITICAL_MILITIA, countryIso3);
            case ARMED_GROUP -> new Actor("unidentified-armed-group-" + countryIso3.toLowerCase(Locale.ROOT), "Unidentified Armed Group (" + countryName + ")", ActorType.POLITICAL_MILITIA, countryIso3);
            case PROTESTERS -> new Actor("protesters-" + countryIso3.toLowerCase(Locale.ROOT), "Protesters (" + countryName + ")", ActorType.PROTESTERS, countryIso3);
            case RIOTERS -> new Actor("rioters-" + countryIso3.toLowerCase(Locale.ROOT), "Rioters (" + countryName + ")", ActorType.RIOTERS, countryIso3);
            case CIVILIANS -> new Actor("civilians-" + countryIso3.toLowerCase(Locale.ROOT), "Civilians (" + countryName + ")", ActorType.CIVILIANS, countryIso3);
        };
    }

    /**
     * Whether ACLED codes the organised criminal violence of a country as gangs' ("Unidentified Gang
     * (Mexico)"): the countries of Central America, the Caribbean and South America.
     */
    public boolean codesGangs(String countryIso3) {
        return countryIso3 != null && criminalViolence.containsKey(countryIso3);
    }

    /**
     * The unidentified perpetrator of a killing done in organised crime's manner that the text
     * attributes to no criminal group, as ACLED names it in a country whose criminal violence it
     * {@linkplain #codesGangs codes}: "Unidentified Gang and/or Police Militia" in Brazil, where the
     * two kill alike, else the country's unidentified gang.
     *
     * @throws IllegalArgumentException if ACLED codes no gangs in the country
     */
    public Actor unattributedKiller(String countryIso3, String geoNamesCountryName) {
        String name = criminalViolence.get(countryIso3);
        if (name == null) {
            throw new IllegalArgumentException("no criminal violence coded in " + countryIso3);
        }
        if (name.equals("-")) {
            return forRole(GenericRole.GANG, countryIso3, geoNamesCountryName);
        }
        String id = "unidentified-" + name.toLowerCase(Locale.ROOT).replaceFirst("^unidentified ", "")
                .replaceAll("[^a-z0-9]+", "-");
        return new Actor(id, name, ActorType.POLITICAL_MILITIA, countryIso3);
    }

    /**
     * A unit of a country's forces as ACLED names it: "Police Forces of Mexico State Police", dated by
     * {@link #asOf} to "Police Forces of Mexico (2018-) State Police". The Military Police are a unit
     * of the military ("Military Forces of Brazil (2019-) Military Police"), other police units of the
     * police. Its id is the forces' id, "/", and the unit's ("police-mex/state-police").
     *
     * @param unitName "State Police", "Federal Police", "Civil Police", "Military Police"
     */
    public Actor unit(String unitName, String countryIso3, String geoNamesCountryName) {
        GenericRole role = unitName.equals("Military Police") ? GenericRole.STATE_MILITARY : GenericRole.STATE_POLICE;
        String countryName = countryNames.nameOf(countryIso3, geoNamesCountryName);
        String base = (role == GenericRole.STATE_MILITARY ? "military-" : "police-") + countryIso3.toLowerCase(Locale.ROOT);
        String forces = (role == GenericRole.STATE_MILITARY ? "Military Forces of " : "Police Forces of ") + withArticle(countryName);
        return new Actor(base + "/" + unitName.toLowerCase(Locale.ROOT).replace(' ', '-'), forces + " " + unitName,
                ActorType.STATE_FORCES, countryIso3);
    }

    /** Country names English writes with "the" after "of": plurals and names of a kind of state or union. */
    private static final java.util.regex.Pattern NEEDS_ARTICLE = java.util.regex.Pattern.compile(
            "(Republic|Kingdom|States|Emirates|Islands|Coast)$|^(Republic of|Democratic Republic|United) .*"
                    + "|^(Philippines|Netherlands|Bahamas|Maldives|Comoros|Seychelles)$");

    /**
     * "the Philippines", "the Democratic Republic of Congo", "the Central African Republic" as they
     * follow "Forces of" in ACLED's names; other names as they are ("Kenya"). The actor names in
     * brackets ("Protesters (Philippines)") take no article.
     */
    static String withArticle(String countryName) {
        return NEEDS_ARTICLE.matcher(countryName).find() ? "the " + countryName : countryName;
    }

    /**
     * {@code actor} as ACLED names it on {@code day}: state forces carry the period of the
     * government in force ("Military Forces of Ukraine (2019-)"); see {@link Regimes}. The same
     * actor when nothing applies (also for a null actor or day).
     */
    public Actor asOf(Actor actor, LocalDate day) {
        return asOf(actor, day, null);
    }

    /**
     * {@code actor} as ACLED names it when it acts in {@code countryIso3} on {@code day}: first the
     * name ACLED gives it there and then ("Islamic State (Egypt)", "Islamic State (Greater Sahara)";
     * see {@link ActorNames}), then, for state forces, the period of the government in force
     * ({@link Regimes}). The same actor when nothing applies.
     *
     * @param countryIso3 the event's country, or null when unknown
     */
    public Actor asOf(Actor actor, LocalDate day, String countryIso3) {
        actor = names.asOf(actor, day, countryIso3);
        int slash = actor == null ? -1 : actor.id().indexOf('/');
        if (slash > 0) {
            // A unit: the period goes between the forces and the unit, as ACLED writes it.
            String[] words = actor.id().substring(slash + 1).split("-");
            StringBuilder unitName = new StringBuilder();
            for (String w : words) {
                unitName.append(unitName.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
            String suffix = " " + unitName;
            // The name keeps its own case: "National Directorate of Security" for the id's "of".
            int cut = actor.name().length() - suffix.length();
            if (cut > 0 && actor.name().substring(cut).equalsIgnoreCase(suffix)) {
                Actor forces = new Actor(actor.id().substring(0, slash), actor.name().substring(0, cut), actor.type(), actor.countryIso3());
                return new Actor(actor.id(), regimes.asOf(forces, day).name() + actor.name().substring(cut), actor.type(), actor.countryIso3());
            }
        }
        return regimes.asOf(actor, day);
    }
}
