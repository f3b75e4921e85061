package org.sitrep.geo;

import org.sitrep.model.Place;
import org.sitrep.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves all the place names of one document together, each in the light of the others: a news
 * story about Alexandria, Louisiana names Pineville and Rapides Parish, not Egypt. Immutable and
 * thread-safe; never throws on any input.
 *
 * <p>Each name is read as {@link GazetteerGeocoder} reads a name: a country name or demonym is the
 * country (and, as weaker readings, a province or town of exactly that name: "Georgia" the US
 * state, "Palestine, Texas"), except that a part of a country named or meant by its demonym is that
 * part ("Wales", "English" for England); "X province", "the X district" ask for that kind of unit; a
 * continent, ocean or world region, or its adjective ("Europe", "African", "the Atlantic", "EU"), is
 * that region ({@link WorldRegions}), never a town of the name; a name the gazetteer lacks that is a
 * compass word and a notable place ("South Florida", "the Western US") is that place; a state abbreviation with a dot, or
 * right after a place, is the state ("Kan.", "Charleston, W.Va."); an institution the gazetteer
 * lacks is in the place its name says ("Bank of Japan", "Arizona State University"), but says nothing
 * about where the story is; an abbreviation whose spelled-out name the story also has ("T&T" beside
 * "Trinidad and Tobago", "SA" in a story that says "South Africa") is that name; a bare province name that is also the name of a city of a million people
 * in it is the city ("New York"), unless it follows a place as its container ("Rego Park, New York").
 * Then:
 * <ol>
 *   <li><b>Stated hierarchy.</b> A name followed by ", Y" or " (Y)" where Y is a country, a
 *       province or a state abbreviation ("Alexandria, La.", "Paris, Texas", "Tal Abita (Nineveh)";
 *       not "Washington, New York and Boston", a list of cities)
 *       keeps only the candidates inside Y when there are any — at every repetition of the name; so
 *       does a name after "the [adjective] Z city of" (town, port, province …) where Z is a demonym or
 *       a country ("the English city of Salisbury", "the Syrian town of Tadmur").</li>
 *   <li><b>First reading.</b> Each name takes its most prominent candidate: population, capitals
 *       and admin seats weighted as in {@link GazetteerGeocoder#prominence}; divided by
 *       {@value #BARE_DISTRICT_DISCOUNT} for a district named bare ("Richmond" is the city, not
 *       Richmond County), by {@value #ALTERNATE_NAME_DISCOUNT} for a place found only by an
 *       alternate name, by {@value #SECTION_DISCOUNT} for a section of a city (GeoNames PPLX), by
 *       {@value #COUNTRY_NAMESAKE_DISCOUNT} for a town named like a country.</li>
 *   <li><b>Context.</b> Each candidate is scored again: {@code log10(1 + prominence)} plus
 *       {@value #SAME_COUNTRY} × the share of the other names read in its country,
 *       {@value #SAME_PROVINCE} × the share read in its province, {@value #POSSIBLE_PROVINCE} × the
 *       share that could be in its province at all (some candidate of theirs lies there), and
 *       {@value #NEARBY} × the share read within
 *       {@value #NEAR_KM} km — and the best wins. "Other names" are the names of the story other
 *       than this one: a repeated name is no evidence for itself. Two rounds, so that a name
 *       resolved by context can help the rest. The dateline's name is fixed from the start (see
 *       below), and can only be in its own province.</li>
 *   <li><b>Lists.</b> A name listed beside a province ("states such as California, Oregon or
 *       Washington") is the province of that name in the same country, when there is one.</li>
 * </ol>
 * <p>Last, <b>where the story is</b>: the town of its dateline ("WASHINGTON (AP) —" at the start, or
 * after a byline when it names its agency, read by
 * prominence alone, whether or not it is among the names asked about, and the town its name means
 * wherever the story repeats it without placing it otherwise); else, of the towns its names were read as, the one most of the
 * other names agree with (read as it, within {@value #NEAR_KM} km of it, or as its province; else the
 * province, else the country read most often). A name the gazetteer lacks — a street, a building, a
 * neighbourhood, a village the bundled gazetteer does not have — is placed there, and so is a name
 * read as a lone village more than {@value #FAR_NAMESAKE_KM} km away that no other name supports (a
 * namesake: "Heathrow, Florida" in a story about London) — unless the text states right beside it
 * where it is ("Kamenné Square in Bratislava", "Derry's Altnagelvin Hospital", "Kasba Bonli, a
 * market town in Rajasthan"): then it is there, and so is every other mention of that name; a
 * name the gazetteer lacks is at the town named nearest to it in the text (within
 * {@value #NEAR_TEXT_CHARS} chars) when that town is within {@value #FAR_NAMESAKE_KM} km of where the
 * story is. A
 * name of a story whose names were all
 * unknown stays unresolved (empty), and a name is never moved to another name's namesake.
 */
public final class DocumentResolver {
    /** Score for a candidate in the country where all the other names lie. */
    static final double SAME_COUNTRY = 3.0;
    /** Score for a candidate in the province where all the other names lie (or that the text names). */
    static final double SAME_PROVINCE = 2.0;
    /** Score for a candidate in the province where all the other names can only be. */
    static final double POSSIBLE_PROVINCE = 2.0;
    /** Score for a candidate within {@link #NEAR_KM} of all the other names. */
    static final double NEARBY = 2.0;
    /** Mentions counted as a tie-break between places as many names support (more than any story has). */
    private static final int MAX_MENTIONS = 100_000;
    /** Population from which a city named like its province is what the bare name means. */
    static final long BIG_CITY_POPULATION = 1_000_000;
    /** Distance from where the story is beyond which a lone village of a name is taken for a namesake. */
    static final double FAR_NAMESAKE_KM = 500.0;
    /** Distance within which two places of one story count as near each other. */
    static final double NEAR_KM = 100.0;
    private static final double KM_PER_DEGREE_LAT = 111.19;
    /** Rounds of contextual re-reading after the first reading. */
    static final int ROUNDS = 2;

    /** Prominence is divided by this for a district read from a bare name: "Richmond" is the city, not Richmond County. */
    static final double BARE_DISTRICT_DISCOUNT = 10.0;

    /** Prominence is divided by this for a place found by an alternate name rather than its own. */
    static final double ALTERNATE_NAME_DISCOUNT = 5.0;

    /** Prominence is divided by this for a section of a city (GeoNames PPLX: "Kew, Melbourne"). */
    static final double SECTION_DISCOUNT = 10.0;

    /** Prominence is divided by this for a town that carries a country's name ("Jordan, Minnesota"). */
    static final double COUNTRY_NAMESAKE_DISCOUNT = 1000.0;

    /**
     * One name's candidates, and whether the text named it bare (no "county", "province" …); whether it is
     * a country's name or word, an institution's home ({@code embedded}), or the adjective of a part of a
     * country ({@code partAdjective}: "English football" is of England, but the story need not be there).
     */
    private record Mention(String key, List<Place> candidates, boolean bare, boolean narrowed, boolean countryWord,
                           boolean embedded, boolean partAdjective) {
        static final Mention NONE = new Mention("", List.of(), true, false, false, false);

        Mention(String key, List<Place> candidates, boolean bare, boolean narrowed, boolean countryWord, boolean embedded) {
            this(key, candidates, bare, narrowed, countryWord, embedded, false);
        }

        Mention(String key, List<Place> candidates, boolean bare, boolean narrowed) {
            this(key, candidates, bare, narrowed, false, false);
        }
    }

    private final GazetteerGeocoder geocoder;
    private final Gazetteer gazetteer;
    private final RegionAbbreviations abbreviations;
    private final Countries countries;

    /** A resolver over the gazetteer with the bundled country table and abbreviations. */
    public DocumentResolver(Gazetteer gazetteer) {
        this(gazetteer, Countries.bundled(), RegionAbbreviations.bundled());
    }

    public DocumentResolver(Gazetteer gazetteer, Countries countries, RegionAbbreviations abbreviations) {
        if (gazetteer == null || countries == null || abbreviations == null) {
            throw new IllegalArgumentException("gazetteer, countries and abbreviations must not be null");
        }
        this.geocoder = new GazetteerGeocoder(gazetteer, countries);
        this.gazetteer = gazetteer;
        this.abbreviations = abbreviations;
        this.countries = countries;
    }

    /**
     * The place of each name, in the order given: {@code result.get(i)} resolves
     * {@code names.get(i)}, empty when the gazetteer has no reading of it.
     *
     * @param text the document
     * @param names UTF-16 spans of place names in {@code text}; spans outside the text resolve to empty
     */
    public List<Optional<Place>> resolve(String text, List<Span> names) {
        if (text == null || names == null) {
            return List.of();
        }
        int n = names.size();
        List<Mention> mentions = new ArrayList<>(n);
        Map<String, Mention> narrowedByKey = new HashMap<>();
        for (Span span : names) {
            Mention m = mentionAt(text, span);
            mentions.add(m);
            if (m.narrowed()) {
                narrowedByKey.putIfAbsent(m.key(), m);
            }
        }
        // A name the text placed once ("Alexandria, La.") is that place each time it recurs.
        mentions.replaceAll(m -> narrowedByKey.getOrDefault(m.key(), m));
        spellOutAbbreviations(text, names, mentions);
        Place[] chosen = new Place[n];
        for (int i = 0; i < n; i++) {
            chosen[i] = mostProminent(mentions.get(i));
        }
        Dateline dateline = dateline(text);
        Place datelineTown = dateline == null ? null : dateline.town();
        // The dateline's name, and the same name again in the story unless the text places it
        // otherwise, is read as the wire service means it, not as the story's other names suggest;
        // and so it is among the context of the other names from the first round on.
        boolean[] datelined = new boolean[n];
        for (int i = 0; i < n; i++) {
            Span span = names.get(i);
            Mention m = mentions.get(i);
            datelined[i] = dateline != null && span != null
                    && (span.start() == dateline.start() || m.key().equals(dateline.key()) && !m.narrowed());
            if (datelined[i]) {
                chosen[i] = datelineTown;
            }
        }
        Tally<ProvinceKey> possible = new Tally<>();
        for (int i = 0; i < n; i++) {
            Mention m = mentions.get(i);
            // The dateline's name can only be in the dateline town's province.
            List<Place> readings = datelined[i] ? List.of(datelineTown) : m.candidates();
            Set<ProvinceKey> provinces = new HashSet<>();
            for (Place p : readings) {
                if (p.admin1() != null && !p.isCountry()) {
                    provinces.add(provinceKey(p));
                }
            }
            if (!provinces.isEmpty()) {
                possible.add(m.key(), provinces);
            }
        }
        for (int round = 0; round < ROUNDS; round++) {
            Context context = new Context(mentions, chosen, possible);
            Place[] next = new Place[n];
            for (int i = 0; i < n; i++) {
                next[i] = datelined[i] ? datelineTown : bestInContext(mentions.get(i), context);
            }
            chosen = next;
        }
        for (int i = 0; i < n; i++) {
            chosen[i] = datelined[i] ? datelineTown : bigCityOf(chosen[i], mentions.get(i));
        }
        provincesOfLists(text, names, mentions, chosen, datelined);
        Place[] read = chosen.clone();
        for (int i = 0; i < n; i++) {
            if (mentions.get(i).embedded() || mentions.get(i).partAdjective()) {
                read[i] = null; // not evidence of where the story is
            }
        }
        Place anchor = datelineTown != null ? datelineTown : anchor(read, mentions);
        if (anchor != null) {
            NameIndex index = NameIndex.of(names, i -> read[i] != null && !WorldRegions.isRegion(read[i]));
            // How each name the gazetteer lacks was placed, and per name the mention placed best.
            int[] placing = new int[n];
            Map<String, Integer> best = new HashMap<>();
            // Names read first (a far namesake moves to its stated host or the story's place), then the
            // names the gazetteer lacks and institutions, whose hosts are by then where they belong.
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < n; i++) {
                    Mention m = mentions.get(i);
                    Place p = chosen[i];
                    boolean firstPass = p != null && !m.embedded();
                    if (firstPass != (pass == 0)) {
                        continue;
                    }
                    boolean unknown = p == null && placedByStory(m);
                    // "West Wales" in a story set in Cardiff: the story's town says more than the country.
                    boolean vague = m.embedded() && p != null && p.isCountry() && p.countryIso3().equals(anchor.countryIso3());
                    if (!(unknown || m.embedded() || firstPass && farNamesake(p, m, anchor, read))) {
                        continue;
                    }
                    Integer at = statedHost(text, names.get(i), index, chosen);
                    Place host = at == null || at == i ? null : chosen[at];
                    if (host != null && p != null && host.encloses(p)) {
                        continue; // "Thackerville, Okla.": the text confirms the reading
                    }
                    // A country stated says less than a province or town stated at another mention.
                    int stated = host != null && host.isCountry() ? PLACED_IN_STATED_COUNTRY : PLACED_BY_STATED_HOST;
                    if (host != null && (host.isCountry() || host.isProvince()) && host.encloses(anchor)) {
                        host = anchor; // the story's town, in the unit the text names, says more
                    }
                    if (host != null) {
                        chosen[i] = host;
                        placing[i] = unknown ? stated : NOT_PLACED;
                    } else if (unknown || vague || firstPass) {
                        Place near = unknown ? nearestTown(names, i, chosen, mentions) : null;
                        if (near != null && GazetteerGeocoder.distanceKm(near, anchor) > FAR_NAMESAKE_KM) {
                            near = null; // a town of another part of the story's world: where the story is, rather
                        }
                        chosen[i] = near != null ? near : anchor;
                        if (unknown) {
                            placing[i] = near != null ? PLACED_NEAR : PLACED_WHERE_STORY_IS;
                        }
                    }
                    if (unknown) {
                        best.merge(m.key(), i, (a, b) -> placing[b] > placing[a] ? b : a);
                    }
                }
            }
            // A name the gazetteer lacks that the text placed once ("Kasba Bonli, a market town in
            // Rajasthan") is there each time the story repeats it: the text's own statement first,
            // then the town named nearest to it.
            for (int i = 0; i < n; i++) {
                Integer j = best.get(mentions.get(i).key());
                if (j != null && placing[j] > placing[i] && placing[i] > NOT_PLACED) {
                    chosen[i] = chosen[j];
                }
            }
        }
        List<Optional<Place>> result = new ArrayList<>(n);
        for (Place p : chosen) {
            result.add(Optional.ofNullable(p));
        }
        return List.copyOf(result);
    }

    /**
     * Reads an abbreviation as the name it abbreviates when the story spells that out too: "T&T"
     * beside "Trinidad and Tobago", "SA" in a story that says "South Africa", "NY" beside "New York".
     * News spells a name out once and abbreviates it after, so the initials mean that name rather than
     * whatever the gazetteer files under the letters ("Sa", a Thai district). The spelled-out name is
     * looked for among the story's names first, then anywhere in its text (it need not be a name the
     * caller asked about), and must read as a place. The abbreviation becomes the same name as the
     * one spelled out, so that repeating it is no evidence for itself. An abbreviation already read as
     * a single state or country ("N.Y." in "D-N.Y.") keeps that reading.
     */
    private void spellOutAbbreviations(String text, List<Span> names, List<Mention> mentions) {
        Map<String, Mention> byInitials = new HashMap<>();
        for (int j = 0; j < names.size(); j++) {
            Span span = names.get(j);
            if (span != null && span.end() <= text.length() && !mentions.get(j).candidates().isEmpty()) {
                String initials = initials(span.of(text));
                if (initials.length() >= 2) {
                    byInitials.putIfAbsent(initials, mentions.get(j));
                }
            }
        }
        for (int i = 0; i < names.size(); i++) {
            Span span = names.get(i);
            Mention own = mentions.get(i);
            if (span == null || span.end() > text.length() || own.candidates().size() == 1
                    && (own.candidates().get(0).isProvince() || own.candidates().get(0).isCountry())) {
                continue;
            }
            String letters = abbreviationLetters(span.of(text));
            if (letters.isEmpty()) {
                continue;
            }
            Mention full = byInitials.computeIfAbsent(letters, l -> spelledOutInText(text, l));
            if (!full.candidates().isEmpty()) {
                mentions.set(i, full);
            }
        }
    }

    /** The first run of capitalised words in the text whose initials are {@code letters} and that reads as a place; {@link Mention#NONE} if none. */
    private Mention spelledOutInText(String text, String letters) {
        StringBuilder pattern = new StringBuilder("\\b");
        for (int k = 0; k < letters.length(); k++) {
            if (k > 0) {
                pattern.append("\\s+(?:(?:and|of|the|&)\\s+)?");
            }
            pattern.append(letters.charAt(k)).append("\\p{Ll}+");
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(pattern.append("\\b").toString()).matcher(text);
        while (m.find()) {
            Mention found = mentionAt(text, new Span(m.start(), m.end()));
            if (!found.candidates().isEmpty() && !found.embedded()) {
                return found;
            }
        }
        return Mention.NONE;
    }

    /** Longest abbreviation read as initials: "T&T", "U.S.", "DRC", "UAE". */
    static final int MAX_ABBREVIATION_CHARS = 6;

    /** The letters of an abbreviation ("T&T" gives "TT", "U.S." "US"), or "" when the name is not one. */
    static String abbreviationLetters(String name) {
        if (name.length() > MAX_ABBREVIATION_CHARS) {
            return "";
        }
        StringBuilder letters = new StringBuilder();
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (Character.isUpperCase(c)) {
                letters.append(c);
            } else if (c != '&' && c != '.') {
                return "";
            }
        }
        return letters.length() >= 2 ? letters.toString() : "";
    }

    /**
     * The initials of a name of two or more capitalised words, small joining words left out: "Trinidad
     * and Tobago" gives "TT", "District of Columbia" "DC"; "" for a one-word name or a word in lower case.
     */
    static String initials(String name) {
        String[] words = name.strip().split("[\\s-]+");
        if (words.length < 2) {
            return "";
        }
        StringBuilder initials = new StringBuilder();
        for (String w : words) {
            if (JOINING_WORDS.contains(w) || w.equals("&")) {
                continue;
            }
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || w.equals(w.toUpperCase(java.util.Locale.ROOT))) {
                return ""; // "South africa", or an abbreviation itself ("US Army")
            }
            initials.append(w.charAt(0));
        }
        return initials.length() >= 2 ? initials.toString() : "";
    }

    private static final Set<String> JOINING_WORDS = Set.of("and", "of", "the", "de", "du", "da", "del");

    /**
     * The town a dateline puts the story in: "WASHINGTON (AP) —", "RALEIGH, N.C. (AP) -", "CAIRO -" — a
     * name in capitals that opens the text, maybe a state or country after a comma, maybe the agency in
     * parentheses, then a dash. Read by prominence alone (a wire service names the city everyone
     * means, or states the state), with the big-city reading of a province's name ("NEW YORK"). Null
     * when the text opens otherwise, or the name reads as no town, or as a small town
     * ({@value GazetteerGeocoder#ABROAD_MIN_POPULATION} people or fewer, no capital) whose state or
     * country the dateline does not state.
     */
    private Dateline dateline(String text) {
        java.util.regex.Matcher m = DATELINE.matcher(text);
        if (!m.lookingAt()) {
            // A byline first ("Matthew Daly, The Associated Press. WASHINGTON (AP) — …"): a dateline
            // after it names its agency, which a sentence that happens to open with capitals does not.
            m = AGENCY_DATELINE.matcher(text);
            m.region(0, Math.min(text.length(), AGENCY_DATELINE_WITHIN_CHARS));
            if (!m.find()) {
                return null;
            }
        }
        Mention dateline = mentionAt(text, new Span(m.start(1), m.end(1)));
        Place p = bigCityOf(mostProminent(dateline), dateline);
        if (p == null || p.isCountry() || p.isProvince() || WorldRegions.isRegion(p)) {
            return null;
        }
        // "UPDATE —", "WATCH —": capitals that happen to name a hamlet somewhere are no dateline. A
        // dateline names a town of note, or states the town's state or country.
        boolean notable = p.population() >= GazetteerGeocoder.ABROAD_MIN_POPULATION
                || p.featureCode().equals("PPLC") || p.featureCode().equals("PPLA");
        boolean stated = statedContainers(text, m.end(1)).stream().anyMatch(c -> c.encloses(p));
        return notable || stated ? new Dateline(m.start(1), dateline.key(), p) : null;
    }

    /**
     * A story's dateline: where its name starts (UTF-16 offset), the name ({@link NameKeys#key}) and
     * the town it was read as.
     */
    private record Dateline(int start, String key, Place town) {}

    /** A dateline's town in capitals (group 1; dots, spaces, apostrophes allowed), then an optional ", State". */
    private static final String DATELINE_TOWN = "(\\p{Lu}[\\p{Lu}.'’ -]*\\p{Lu}\\.?)(?:,\\s*\\p{Lu}[\\p{L}. ]{1,20}?)?";

    /** How far into a story a dateline after a byline is looked for, in chars. */
    static final int AGENCY_DATELINE_WITHIN_CHARS = 300;

    /**
     * A dateline that names its agency, at the start of a line or sentence: capitals, an optional
     * ", State", "(AP)" (up to 25 chars in brackets), then a dash, a quote or a capitalised word.
     */
    private static final java.util.regex.Pattern AGENCY_DATELINE = java.util.regex.Pattern.compile(
            "(?<=^|\\n|[.!?]\\s)\\s*" + DATELINE_TOWN + "\\s*\\(\\p{Lu}[\\p{L} ]{0,24}\\)"
                    + "\\s*(?:--|\u2014|\u2013|-|\"|\u201c|\u201d|(?=\\p{Lu}\\p{Ll}))");

    /** Capitals (dots, spaces, apostrophes allowed), an optional ", State", an optional "(Agency)", a dash. */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "\\s*" + DATELINE_TOWN + "\\s*(?:\\([^)]{1,25}\\))?\\s*(?:--|\u2014|\u2013|-)");

    /**
     * The city a bare province name means when the province is named after a city of a million people
     * or more in it: news writes "New York" for New York City (GeoNames' own name), "Lagos" for the
     * city rather than the state. Any other reading is kept.
     */
    private static Place bigCityOf(Place p, Mention m) {
        if (p == null || !p.isProvince() || !m.bare() || m.countryWord()) {
            return p;
        }
        for (Place c : m.candidates()) {
            if (c.featureCode().startsWith("PPL") && c.population() >= BIG_CITY_POPULATION
                    && c.countryIso3().equals(p.countryIso3()) && p.admin1().equals(c.admin1())) {
                String own = NameKeys.key(c.name());
                if (own.equals(m.key()) || own.equals(m.key() + " city")) {
                    return c;
                }
            }
        }
        return p;
    }

    /**
     * Where the story is: of the towns (and districts) its names were read as, the one most of its
     * different names agree with — read as it, as a place within {@value #NEAR_KM} km of it, or as its province;
     * else the province read most often, else the country. Ties go to the one named first. Null when
     * no name was read. A lone far namesake ("Stonewall" read in Texas in a story of Virginia towns)
     * is not the story's place: its neighbours are.
     */
    private static Place anchor(Place[] chosen, List<Mention> mentions) {
        Place best = null;
        int bestRank = -1;
        int bestSupport = 0;
        for (Place p : chosen) {
            if (p == null || WorldRegions.isRegion(p)) {
                continue;
            }
            int rank = p.isCountry() ? 0 : p.isProvince() ? 1 : 2;
            if (rank < bestRank || p == best) {
                continue;
            }
            // Names, not mentions: a story that repeats "White House" says no more about White House, Tennessee.
            // Between as many names, the one the story repeats more.
            Set<String> supporting = new HashSet<>();
            int mentionsOf = 0;
            for (int j = 0; j < chosen.length; j++) {
                Place q = chosen[j];
                if (q != null && supports(q, p)) {
                    supporting.add(mentions.get(j).key());
                    mentionsOf++;
                }
            }
            int support = supporting.size() * MAX_MENTIONS + Math.min(mentionsOf, MAX_MENTIONS - 1);
            if (rank > bestRank || support > bestSupport) {
                best = p;
                bestRank = rank;
                bestSupport = support;
            }
        }
        return best;
    }

    /** Whether a name read as {@code q} says the story is at {@code p}. */
    private static boolean supports(Place q, Place p) {
        if (q.geonameId() == p.geonameId()) {
            return true;
        }
        if (p.isCountry() || p.isProvince() || WorldRegions.isRegion(q) || q.isCountry()) {
            return false;
        }
        if (q.isProvince()) {
            return q.encloses(p);
        }
        return Math.abs(q.lat() - p.lat()) * KM_PER_DEGREE_LAT <= NEAR_KM && GazetteerGeocoder.distanceKm(q, p) <= NEAR_KM;
    }

    /**
     * Whether {@code p}, read for {@code m}, is a namesake rather than the place meant: a village or
     * small town ({@value GazetteerGeocoder#ABROAD_MIN_POPULATION} people or fewer, no capital) more
     * than {@value #FAR_NAMESAKE_KM} km from where the story is, that no other name of the story lies
     * near or in the province of, and that the text did not place itself ("Congress, Arizona" for a
     * story's Congress, "Heathrow, Florida" in a story about London). Such a name is placed where the
     * story is, as a name the gazetteer lacks.
     */
    private static boolean farNamesake(Place p, Mention m, Place anchor, Place[] read) {
        if (m.narrowed() || m.countryWord() || WorldRegions.isRegion(p) || p.isCountry() || p.isProvince()
                || p.population() >= GazetteerGeocoder.ABROAD_MIN_POPULATION
                || p.featureCode().equals("PPLC") || p.featureCode().equals("PPLA")
                || GazetteerGeocoder.distanceKm(p, anchor) <= FAR_NAMESAKE_KM) {
            return false;
        }
        for (Place q : read) {
            if (q != null && q.geonameId() != p.geonameId() && supports(q, p)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The name the text states a thing is in, when it does so right beside it: "Kamenné Square in
     * Bratislava", "a clinic at Kirkuk", "Derry's Altnagelvin Hospital", "Tal Abita, Nineveh" (after a comma
     * only a province or a country, for a comma also joins lists of towns), "Kasba Bonli, a market
     * town in Rajasthan", "a village in northern Nineveh". Its index, or null.
     */
    private static Integer statedHost(String text, Span span, NameIndex index, Place[] read) {
        if (span == null || span.end() > text.length()) {
            return null;
        }
        java.util.regex.Matcher apposition = APPOSITIVE_HOST.matcher(text).region(span.end(), text.length());
        if (apposition.lookingAt() && index.byStart().containsKey(apposition.end())) {
            return index.byStart().get(apposition.end());
        }
        for (String joint : HOST_JOINTS) {
            if (text.startsWith(joint, span.end())) {
                int at = span.end() + joint.length();
                java.util.regex.Matcher compass = COMPASS_WORD.matcher(text).region(at, text.length());
                if (compass.lookingAt()) {
                    at = compass.end(); // "in northwestern India"
                }
                Integer host = index.byStart().get(at);
                if (host == null && text.startsWith("the ", at)) {
                    host = index.byStart().get(at + 4);
                }
                // "Sharon, Cornwall and Salisbury" is a list: after a comma, only a province or country is a host.
                if (host != null && (!joint.equals(", ") || read[host].isProvince() || read[host].isCountry())) {
                    return host;
                }
            }
        }
        for (String possessive : POSSESSIVES) {
            int end = span.start() - possessive.length();
            if (end > 0 && text.startsWith(possessive, end)) {
                return index.byEnd().get(end);
            }
        }
        return null;
    }

    /** What joins a thing to the place it is in, after the thing's name. */
    /**
     * Which name starts and which ends at each offset, among the names {@code keep} accepts (by index;
     * null spans are skipped); the first name wins where two share an offset.
     */
    private record NameIndex(Map<Integer, Integer> byStart, Map<Integer, Integer> byEnd) {
        static NameIndex of(List<Span> names, java.util.function.IntPredicate keep) {
            Map<Integer, Integer> byStart = new HashMap<>();
            Map<Integer, Integer> byEnd = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                Span span = names.get(i);
                if (span != null && keep.test(i)) {
                    byStart.putIfAbsent(span.start(), i);
                    byEnd.putIfAbsent(span.end(), i);
                }
            }
            return new NameIndex(byStart, byEnd);
        }
    }

    private static final List<String> HOST_JOINTS = List.of(" in ", ", ", " at ", " near ", " outside ", " on ");
    private static final List<String> POSSESSIVES = List.of("'s ", "\u2019s ");

    /**
     * A name listed beside a province is the province of that name when there is one in the same
     * country: "states such as California or Washington", "Idaho, Washington and Oregon". A list
     * joins names of one kind, and a state's name read as a town ("Washington" the capital) is the
     * commoner mistake. The names listed are read first and left as they are when none is a province.
     */
    private static void provincesOfLists(String text, List<Span> names, List<Mention> mentions, Place[] chosen,
                                         boolean[] pinned) {
        NameIndex index = NameIndex.of(names, i -> names.get(i).end() <= text.length() && chosen[i] != null);
        Place[] read = chosen.clone();
        for (int i = 0; i < names.size(); i++) {
            Span span = names.get(i);
            Place p = read[i];
            if (span == null || p == null || span.end() > text.length() || pinned[i] || p.isProvince()
                    || p.isCountry() || WorldRegions.isRegion(p) || mentions.get(i).narrowed()) {
                continue;
            }
            Place neighbour = null;
            for (String joint : LIST_JOINTS) {
                Integer after = index.byStart().get(span.end() + joint.length());
                if (after != null && text.startsWith(joint, span.end()) && read[after].isProvince()) {
                    neighbour = read[after];
                }
                int before = span.start() - joint.length();
                Integer prior = before >= 0 && text.startsWith(joint, before) ? index.byEnd().get(before) : null;
                if (prior != null && read[prior].isProvince()) {
                    neighbour = read[prior];
                }
            }
            if (neighbour == null) {
                continue;
            }
            for (Place c : mentions.get(i).candidates()) {
                if (c.isProvince() && c.countryIso3().equals(neighbour.countryIso3())) {
                    chosen[i] = c;
                    break;
                }
            }
        }
    }

    /** How a name the gazetteer lacks was placed, weakest first (0: not such a name). */
    private static final int NOT_PLACED = 0;
    private static final int PLACED_WHERE_STORY_IS = 1;
    private static final int PLACED_IN_STATED_COUNTRY = 2;
    private static final int PLACED_NEAR = 3;
    private static final int PLACED_BY_STATED_HOST = 4;

    /** A compass adjective and the space after it: "northwestern ", "south-east ", "central ". */
    private static final String COMPASS_ADJECTIVE = "(?:(?:north|south)(?:-?(?:east|west))?|east|west|central)(?:ern)?\\s+";

    /** A compass adjective before a host's name: "in northwestern India", "in south-east Nineveh". */
    private static final java.util.regex.Pattern COMPASS_WORD = java.util.regex.Pattern.compile(COMPASS_ADJECTIVE);

    /**
     * An apposition that places the name: ", a market town in ", ", an agricultural village near the ",
     * ", a district of northern " — up to four lower-case words between the article and the preposition.
     */
    private static final java.util.regex.Pattern APPOSITIVE_HOST = java.util.regex.Pattern.compile(
            ",\\s+(?:a|an)\\s+(?:[\\p{Ll}-]+\\s+){1,4}?(?:in|of|near|outside)\\s+(?:the\\s+)?(?:" + COMPASS_ADJECTIVE + ")?");

    /** The town read for the name nearest in the text to name i, within {@value #NEAR_TEXT_CHARS} chars; null if none. */
    private static Place nearestTown(List<Span> names, int i, Place[] read, List<Mention> mentions) {
        Span self = names.get(i);
        Place best = null;
        int bestGap = NEAR_TEXT_CHARS + 1;
        for (int j = 0; j < names.size(); j++) {
            Place q = read[j];
            Span other = names.get(j);
            if (j == i || q == null || other == null || q.isCountry() || q.isProvince() || WorldRegions.isRegion(q)
                    || mentions.get(j).embedded()) {
                continue;
            }
            int gap = other.start() >= self.end() ? other.start() - self.end() : self.start() - other.end();
            if (gap >= 0 && gap < bestGap) {
                best = q;
                bestGap = gap;
            }
        }
        return best;
    }

    /** How near in the text (chars) a town must be named to be taken for the place of a name the gazetteer lacks. */
    static final int NEAR_TEXT_CHARS = 200;

    /**
     * Whether a name the gazetteer cannot read is taken to lie where the story is: a street, a
     * building, a neighbourhood or a village the bundled gazetteer lacks ("Rue Saint-Denis", "the
     * Al-Nouri mosque") is, in news, in the town the story is about. Continents and world regions are
     * not: they are bigger than any story's town.
     */
    private static boolean placedByStory(Mention m) {
        return !m.key().isEmpty() && !WorldRegions.bundled().isRegion(m.key());
    }

    /** The candidates of one name, narrowed to the unit the text states after it when that leaves any. */
    private Mention mentionAt(String text, Span span) {
        if (span == null || span.end() > text.length() || span.length() == 0) {
            return Mention.NONE;
        }
        String name = span.of(text);
        String key = NameKeys.key(name);
        GazetteerGeocoder.Reading reading = geocoder.read(name);
        List<Place> all = reading.candidates();
        if (reading.countryWord()) {
            // "Georgia" is a country and a US state; "Punjab" a province of two. Other country names
            // read as the country alone, and context decides only between such namesakes.
            // A town of the country's name ("Palestine, Texas", "Lebanon, Pennsylvania") is a candidate too,
            // at a thousandth of its prominence: only a story set wholly around it makes it win.
            // "English", "Scottish": the demonym of a part of a country is that part, as "Wales" is.
            Optional<Place> part = all.isEmpty() ? Optional.empty() : countries.demonymPart(name)
                    .flatMap(partName -> partNamed(partName, all.get(0).countryIso3()));
            if (part.isPresent()) {
                return new Mention(key, List.of(part.get()), false, false, false, false, true);
            }
            List<Place> withProvinces = new ArrayList<>(all);
            for (Place p : gazetteer.candidates(name)) {
                if (p.isProvince() && NameKeys.key(p.name()).equals(key) && all.size() == 1
                        && p.countryIso3().equals(all.get(0).countryIso3()) && !NameKeys.key(all.get(0).name()).equals(key)) {
                    // "Wales", "Scotland": a part the country table counts as the country (for a story's
                    // focus), and the part is the place meant; "Mexico" is the country, not its state.
                    return new Mention(key, List.of(p), false, false);
                }
                boolean town = p.featureCode().startsWith("PPL");
                if ((p.isProvince() || town) && NameKeys.key(p.name()).equals(key)) {
                    withProvinces.add(p);
                }
            }
            return new Mention(key, List.copyOf(withProvinces), false, false, true, false);
        } else if (all.isEmpty() || name.indexOf('.') >= 0 || afterPlace(text, span.start())) {
            // "W.Va.", "Kan." (the dot says abbreviation; Kan is also a Chinese town), or "LA" right after
            // "Alexandria, ": a state. Without a dot and elsewhere, only when the name is nothing else.
            Optional<Place> province = abbreviations.province(name)
                    .flatMap(r -> gazetteer.province(r.countryIso3(), r.admin1()));
            if (province.isPresent()) {
                return new Mention(key, List.of(province.get()), false, false);
            }
        }
        if (all.isEmpty()) {
            // "Europe", "the Atlantic", "African": the region itself, when the list gives it a point.
            Optional<Place> region = WorldRegions.bundled().place(key);
            if (region.isPresent()) {
                return new Mention(key, List.of(region.get()), false, false);
            }
            List<Place> embedded = embeddedPlaces(name);
            if (!embedded.isEmpty()) {
                return new Mention(key, embedded, true, false, false, true);
            }
            List<Place> whole = partOf(name);
            if (!whole.isEmpty()) {
                return new Mention(key, whole, false, false);
            }
        }
        // "Rego Park, New York": a name right after a place is its container, not a bare name; but
        // "Washington, New York and Boston" is a list of places.
        boolean statedContainer = afterPlace(text, span.start()) && !listGoesOn(text, span.end());
        boolean bare = reading.level() == null && !statedContainer;
        if (all.size() <= 1) {
            return new Mention(key, all, bare, false);
        }
        List<Place> containers = new ArrayList<>(statedContainers(text, span.end()));
        containers.addAll(statedBefore(text, span.start()));
        if (containers.isEmpty()) {
            return new Mention(key, all, bare, false);
        }
        List<Place> inside = new ArrayList<>();
        for (Place candidate : all) {
            for (Place container : containers) {
                if (container.encloses(candidate) && container.geonameId() != candidate.geonameId()) {
                    inside.add(candidate);
                    break;
                }
            }
        }
        return inside.isEmpty() ? new Mention(key, all, bare, false) : new Mention(key, List.copyOf(inside), bare, true);
    }

    /**
     * The places an institution the gazetteer lacks is named after, when its name says it is in
     * one: "Cavan Institute", "Colorado State University", "Liverpool Academy" (a place, then words of
     * an institution), "Bank of England", "University of California", "Republic of Armenia" (an
     * institution's word, "of", a place), or a body named by its country's or region's word first
     * ("European Commission", "Russian Foreign Ministry"). The place part must be read whole — a country, a province or
     * a town of note, not a word that is also common English — or there is none: "Marjory Stoneman
     * Douglas High School" is named after a person, "Rogers Centre" and "Washington Township" say no
     * place is their home.
     */
    private List<Place> embeddedPlaces(String name) {
        List<String> words = new ArrayList<>(List.of(name.strip().split("\\s+")));
        if (words.size() < 2) {
            return List.of();
        }
        int of = words.indexOf("of");
        if (of > 0 && of < words.size() - 1 && INSTITUTION_WORDS.contains(NameKeys.basic(words.get(of - 1)))) {
            List<String> tail = words.subList(of + 1, words.size());
            List<Place> found = placesNamed(tail.get(0).equalsIgnoreCase("the") ? tail.subList(1, tail.size()) : tail);
            if (!found.isEmpty()) {
                return found;
            }
            words = words.subList(0, of);
        }
        int end = words.size();
        boolean institution = false;
        while (end > 1 && (INSTITUTION_WORDS.contains(NameKeys.basic(words.get(end - 1)))
                || institution && INSTITUTION_QUALIFIERS.contains(NameKeys.basic(words.get(end - 1))))) {
            institution = true;
            end--;
        }
        List<Place> home = institution ? placesNamed(words.subList(0, end)) : List.of();
        if (!home.isEmpty()) {
            return home;
        }
        // "European Commission", "Russian Foreign Ministry": a body named by its country's or region's
        // word first; any other first word ("Marjory Stoneman Douglas …") names no place.
        List<Place> first = placesNamed(words.subList(0, 1));
        boolean byCountry = !first.isEmpty() && first.stream().allMatch(p -> p.isCountry() || WorldRegions.isRegion(p));
        return byCountry && placesNamed(words.subList(1, words.size())).isEmpty()
                && allCapitalised(words.subList(1, words.size())) ? first : List.of();
    }

    private static boolean allCapitalised(List<String> words) {
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** The notable places that capitalised words name as a whole; empty when they name none. */
    private List<Place> placesNamed(List<String> words) {
        if (words.isEmpty()) {
            return List.of();
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return List.of();
            }
        }
        String part = String.join(" ", words);
        if (words.size() == 1 && COMMON_WORDS.contains(NameKeys.basic(part))) {
            return List.of();
        }
        List<Place> found = new ArrayList<>();
        WorldRegions.bundled().place(NameKeys.key(part)).ifPresent(found::add); // "Council of Europe"
        for (Place p : geocoder.read(part).candidates()) {
            // Things are named after well-known places, not after a hamlet that shares a surname.
            if (p.isCountry() || p.isProvince() || GazetteerGeocoder.prominence(p) >= EMBEDDED_MIN_PROMINENCE) {
                found.add(p);
            }
        }
        return List.copyOf(found);
    }

    /**
     * The places a name the gazetteer lacks is a part of by a compass word before a notable place's
     * name: "South Venezuela", "the Western US", "South Florida", "East Jerusalem" are in (and, at the
     * resolution of a country's or province's point, at) Venezuela, the United States, Florida,
     * Jerusalem. Empty when the name is no such thing ("Eastern Ghouta": Ghouta is not in the gazetteer).
     */
    private List<Place> partOf(String name) {
        List<String> words = List.of(name.strip().split("\\s+"));
        if (words.size() < 2 || !COMPASS_WORDS.contains(NameKeys.basic(words.get(0)))) {
            return List.of();
        }
        String rest = String.join(" ", words.subList(1, words.size()));
        List<Place> found = new ArrayList<>();
        for (Place p : placesNamed(words.subList(1, words.size()))) {
            // "West Wales": Wales the part, which the country table files under the United Kingdom.
            found.add(p.isCountry() ? partNamed(rest, p.countryIso3()).orElse(p) : p);
        }
        return List.copyOf(found);
    }

    /** Words that name a part of a place by its direction. */
    private static final Set<String> COMPASS_WORDS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest", "northeastern",
            "northwestern", "southeastern", "southwestern");

    /** Words that end an institution's name after the place it is in, or head "… of Place". */
    private static final Set<String> INSTITUTION_WORDS = Set.of("university", "college", "institute", "academy",
            "school", "hospital", "airport", "cathedral", "stadium", "embassy", "consulate", "council", "chamber",
            "chambers", "bank", "museum", "zoo", "prison", "castle", "palace", "police", "parliament", "assembly",
            "ministry", "government", "republic", "kingdom", "house", "senate", "legislature", "court", "courthouse",
            "tribunal");
    /** Words between a place and an institution's word: "Colorado State University", "Dublin City Council". */
    private static final Set<String> INSTITUTION_QUALIFIERS = Set.of("state", "city", "county", "national",
            "international", "central", "general", "regional", "municipal", "high", "public", "medical", "royal");

    /** Prominence ({@link GazetteerGeocoder#prominence}) from which a town counts inside another name: a provincial capital's floor. */
    static final double EMBEDDED_MIN_PROMINENCE = 50_000;

    /** English words that are also one-word place names: no place alone inside a longer name. Read once per process. */
    private static final Set<String> COMMON_WORDS = commonWords();

    private static Set<String> commonWords() {
        Set<String> words = new HashSet<>();
        for (String line : GeoResources.lines(GazetteerBuilder.COMMON_WORDS_FILE)) {
            String w = line.strip();
            if (!w.isEmpty() && !w.startsWith("#")) {
                words.add(NameKeys.basic(w));
            }
        }
        return Set.copyOf(words);
    }

    /** The province of a country the gazetteer spells {@code name}; empty when it has none. */
    private Optional<Place> partNamed(String name, String countryIso3) {
        for (Place p : gazetteer.candidates(name)) {
            if (p.isProvince() && p.countryIso3().equals(countryIso3) && NameKeys.key(p.name()).equals(NameKeys.key(name))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Whether the name at {@code start} follows ", " after a capitalised word ("Kansas City, Kan."). */
    private static boolean afterPlace(String text, int start) {
        return start >= 3 && text.charAt(start - 1) == ' ' && text.charAt(start - 2) == ','
                && Character.isLetter(text.charAt(start - 3));
    }

    /** Whether another capitalised name follows the one ending at {@code end} as in a list: ", Boston", " and Boston", ", and Boston". */
    private static boolean listGoesOn(String text, int end) {
        for (String joint : LIST_JOINTS) {
            if (text.startsWith(joint, end)) {
                int next = end + joint.length();
                return next < text.length() && Character.isUpperCase(text.charAt(next));
            }
        }
        return false;
    }

    /** What joins the names of a list, longest first. */
    private static final List<String> LIST_JOINTS = List.of(", and ", ", or ", ", ", " and ", " or ");

    /**
     * The country or part of one that the words right before a name say it is in: "the English city of
     * Salisbury", "the northern Syrian town of Manbij", "the Iraqi port of Basra" — a demonym (or a
     * country's name) then a word for a town or unit, then "of". Empty when the text says no such thing.
     */
    private List<Place> statedBefore(String text, int start) {
        java.util.regex.Matcher m = UNIT_OF.matcher(text.substring(Math.max(0, start - UNIT_OF_REACH), start));
        if (!m.find()) {
            return List.of();
        }
        String word = m.group(1);
        Optional<Country> country = countries.byDemonym(word).or(() -> countries.byName(word));
        if (country.isEmpty()) {
            return List.of();
        }
        Optional<Place> part = countries.demonymPart(word).flatMap(name -> partNamed(name, country.get().iso3()));
        if (part.isPresent()) {
            return List.of(part.get());
        }
        for (Place p : geocoder.read(country.get().name()).candidates()) {
            if (p.isCountry() && p.countryIso3().equals(country.get().iso3())) {
                return List.of(p);
            }
        }
        return List.of();
    }

    /** "English city of ", "Syrian border town of ": a place word, up to one more word, a unit word, "of", at the end. */
    private static final java.util.regex.Pattern UNIT_OF = java.util.regex.Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}'’-]+)\\s+(?:\\p{Ll}+\\s+)?(?:city|town|village|capital|port|province|region|state|district|county|governorate)\\s+of\\s+$");

    /** How many chars before a name {@link #UNIT_OF} may span. */
    private static final int UNIT_OF_REACH = 60;

    /**
     * Provinces or countries named right after a name: ", Texas", ", La.", " (Nineveh)" — but not a
     * province that is also a town's name when a list goes on after it ("Washington, New York and Boston").
     */
    private List<Place> statedContainers(String text, int end) {
        int i = end;
        if (i + 1 < text.length() && text.charAt(i) == ' ' && text.charAt(i + 1) == '(') {
            i++;
        }
        boolean comma = i < text.length() && text.charAt(i) == ',';
        if (comma || i < text.length() && text.charAt(i) == '(') {
            i++;
        } else {
            return List.of();
        }
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int wordEnd = i;
        int words = 0;
        List<Place> found = new ArrayList<>();
        // Up to three words: "New South Wales", "West Virginia", "N.M.".
        while (wordEnd < text.length() && words < 3) {
            int w = wordEnd;
            while (w < text.length() && (Character.isLetter(text.charAt(w)) || text.charAt(w) == '.' || text.charAt(w) == '\'')) {
                w++;
            }
            if (w == wordEnd || !Character.isUpperCase(text.charAt(wordEnd))) {
                break;
            }
            words++;
            String name = text.substring(i, w);
            if (!(comma && listGoesOn(text, w) && namesATown(name))) {
                // "Washington, New York and Boston" is a list of cities, not Washington in New York State.
                found.addAll(containersNamed(name));
            }
            if (w >= text.length() || text.charAt(w) != ' ') {
                break;
            }
            wordEnd = w + 1;
        }
        return found;
    }

    /** Whether a name written in full (no dot) is also a town of {@value GazetteerGeocoder#ABROAD_MIN_POPULATION} people or more. */
    private boolean namesATown(String name) {
        if (name.indexOf('.') >= 0) {
            return false;
        }
        for (Place p : geocoder.read(name).candidates()) {
            if (p.featureCode().startsWith("PPL") && p.population() >= GazetteerGeocoder.ABROAD_MIN_POPULATION
                    && NameKeys.key(p.name()).startsWith(NameKeys.key(name))) {
                return true;
            }
        }
        return false;
    }

    private List<Place> containersNamed(String name) {
        List<Place> found = new ArrayList<>();
        abbreviations.province(name).flatMap(r -> gazetteer.province(r.countryIso3(), r.admin1())).ifPresent(found::add);
        String stripped = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        for (Place p : geocoder.read(stripped).candidates()) {
            if (p.isCountry()) {
                found.add(p);
            }
        }
        // Straight from the gazetteer too: "Atlanta, Georgia" names the state, not the country.
        for (Place p : gazetteer.candidates(stripped)) {
            if (p.isProvince()) {
                found.add(p);
            }
        }
        return found;
    }

    private static double prominence(Place p, Mention m) {
        double prominence = GazetteerGeocoder.prominence(p);
        if (m.countryWord() && p.featureCode().startsWith("PPL")) {
            return prominence / COUNTRY_NAMESAKE_DISCOUNT;
        }
        if (!p.isCountry() && !NameKeys.key(p.name()).equals(m.key())) {
            // Found by an alternate or historical name ("Berea" for Aleppo, "Paris" for a Georgia town):
            // a place whose own name it is comes first.
            prominence /= ALTERNATE_NAME_DISCOUNT;
        }
        if (p.featureCode().equals("PPLX")) {
            // A part of a city named bare is rarely what the name means: "Kew" is the London district
            // (a town in GeoNames), not the larger Melbourne suburb, unless the story is there.
            prominence /= SECTION_DISCOUNT;
        }
        return m.bare() && p.isDistrict() ? prominence / BARE_DISTRICT_DISCOUNT : prominence;
    }

    private static Place mostProminent(Mention m) {
        Place best = null;
        for (Place p : m.candidates()) {
            if (best == null || prominence(p, m) > prominence(best, m)) {
                best = p;
            }
        }
        return best;
    }

    /**
     * What the names of a story were read as in one round — their countries, provinces and points —
     * and which provinces they could be in at all; each name's view leaves out the name itself.
     */
    private static final class Context {
        final Tally<String> countries = new Tally<>();
        final Tally<ProvinceKey> provinces = new Tally<>();
        final Tally<ProvinceKey> possible;
        final List<Mention> pointNames = new ArrayList<>();
        final List<Place> points = new ArrayList<>();

        Context(List<Mention> mentions, Place[] chosen, Tally<ProvinceKey> possible) {
            this.possible = possible;
            for (int j = 0; j < chosen.length; j++) {
                Place p = chosen[j];
                if (p == null || WorldRegions.isRegion(p) || mentions.get(j).embedded()) {
                    // A continent says nothing about which town of a country is meant, and "Bank of
                    // Japan" nothing about where a story is.
                    continue;
                }
                String key = mentions.get(j).key();
                countries.add(key, Set.of(p.countryIso3()));
                // Every name read counts in the province share's denominator, a country too.
                provinces.add(key, p.admin1() != null && !p.isCountry() ? Set.of(provinceKey(p)) : Set.of());
                if (!p.isCountry() && !p.isProvince()) {
                    pointNames.add(mentions.get(j));
                    points.add(p);
                }
            }
        }
    }

    private static Place bestInContext(Mention m, Context context) {
        List<Place> candidates = m.candidates();
        if (candidates.size() <= 1) {
            return candidates.isEmpty() ? null : candidates.get(0);
        }
        // A name is no evidence for itself, however often the story repeats it.
        int others = context.countries.others(m.key());
        Place best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Place c : candidates) {
            double score = Math.log10(1 + prominence(c, m));
            if (others > 0) {
                score += SAME_COUNTRY * context.countries.count(m.key(), c.countryIso3()) / others;
                if (c.admin1() != null && !c.isCountry()) {
                    ProvinceKey province = provinceKey(c);
                    score += SAME_PROVINCE * context.provinces.count(m.key(), province) / others;
                    score += POSSIBLE_PROVINCE * context.possible.share(m.key(), province);
                }
                if (!c.isCountry() && !c.isProvince()) {
                    int near = 0;
                    for (int k = 0; k < context.points.size(); k++) {
                        Place p = context.points.get(k);
                        // A degree of latitude is 111 km: most pairs are ruled out before the haversine.
                        if (p != c && !context.pointNames.get(k).key().equals(m.key())
                                && Math.abs(c.lat() - p.lat()) * KM_PER_DEGREE_LAT <= NEAR_KM
                                && GazetteerGeocoder.distanceKm(c, p) <= NEAR_KM) {
                            near++;
                        }
                    }
                    score += NEARBY * near / others;
                }
            }
            if (score > bestScore || score == bestScore && c.geonameId() < best.geonameId()) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * How many of a story's names carry each value (a country, a province), so that a name can ask
     * what the other names say: {@link #count} and {@link #others} leave out every occurrence of
     * the asking name. A name counts once per occurrence, with the values added for it.
     */
    private static final class Tally<K> {
        private final Map<K, Integer> total = new HashMap<>();
        private int totalNames;
        private final Map<String, Map<K, Integer>> byName = new HashMap<>();
        private final Map<String, Integer> namesByKey = new HashMap<>();

        void add(String nameKey, Set<K> values) {
            totalNames++;
            namesByKey.merge(nameKey, 1, Integer::sum);
            Map<K, Integer> own = byName.computeIfAbsent(nameKey, k -> new HashMap<>());
            for (K value : values) {
                total.merge(value, 1, Integer::sum);
                own.merge(value, 1, Integer::sum);
            }
        }

        /** The story's names other than {@code nameKey} that were added. */
        int others(String nameKey) {
            return totalNames - namesByKey.getOrDefault(nameKey, 0);
        }

        /** Of those, how many carry {@code value}. */
        int count(String nameKey, K value) {
            return total.getOrDefault(value, 0) - byName.getOrDefault(nameKey, Map.of()).getOrDefault(value, 0);
        }

        /** {@link #count} over {@link #others}, 0 when there are none. */
        double share(String nameKey, K value) {
            int others = others(nameKey);
            return others == 0 ? 0 : (double) count(nameKey, value) / others;
        }
    }

    /** A province by country and name; the gazetteer spells each province's name one way. */
    private record ProvinceKey(String countryIso3, String admin1) {}

    private static ProvinceKey provinceKey(Place p) {
        return new ProvinceKey(p.countryIso3(), p.admin1());
    }
}
