package org.sitrep.geo;

import org.sitrep.model.Place;
import org.sitrep.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds gazetteer place names in running text: the cheap first pass that catches places NER misses
 * or mislabels ("Qaim" and "Deir Ezzor" as PERSON, "Al-Arej" untagged). Immutable and thread-safe.
 *
 * <p>Rules: a name is 1–4 words, each capitalised (inner connectors such as "al", "ez", "de", "of"
 * may be lower case; "al-Qaim" counts as capitalised); the longest name starting at a word wins and
 * matches never overlap. Never matched alone: the words of {@code toponym-stopwords.txt} (function
 * words, days, months, titles, organisations, page furniture, regions that are no single place),
 * demonyms ("Iraqi"), all-capital acronyms of up to four letters unless they name a country ("US",
 * "UAE"), and an English word that is also a place ({@code toponym-common-words.txt}: "Hit",
 * "Police", "Mobile") when it starts a sentence or stands in a title-cased line, or when the text
 * also uses it in lower case. Names are compared by {@link NameKeys#key}, with the gazetteer's aliases.
 */
public final class ToponymMatcher {
    static final String STOPWORDS_RESOURCE = "toponym-stopwords.txt";

    /** Population from which a town inside a longer name still counts as a mention ("Dublin Historical Society"). */
    static final long PROMINENT_POPULATION = 50_000;

    /** Longest name, in words, tried at each position ("Democratic Republic of the Congo" has five). */
    static final int MAX_WORDS = 6;

    /** Lower-case words allowed inside a multi-word name ("Deir ez-Zor", "Bosnia and Herzegovina", "Republic of the Congo"). */
    private static final Set<String> CONNECTORS = Set.of(
            "al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ez", "es", "ed", "en", "er", "ul",
            "de", "del", "della", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les", "of", "and",
            "upon", "on", "am", "im", "bin", "ibn", "bani", "abu", "y", "e", "i", "the");

    /**
     * First words of Arabic (and a few other) compound names: never a place alone, and a name right
     * after one is part of an unknown compound ("Tal Abita" must not yield "Abita").
     */
    private static final Set<String> NAME_PREFIXES = Set.of(
            "tal", "tall", "tell", "tel", "deir", "dayr", "dair", "ain", "ayn", "ein", "jabal", "jebel", "jbel",
            "khirbat", "khirbet", "kafr", "kfar", "abu", "umm", "um", "bir", "ras", "wadi", "qasr", "bab", "bayt",
            "beit", "bait", "beni", "bani", "banu", "sidi", "hay", "hayy", "nahr", "jisr", "qalat", "qalaat",
            "mazraat", "mazraa", "arab", "sheikh", "shaykh", "imam", "sayyid", "sayyida", "mar");

    /** Abbreviations that start place names and are followed by a dot: "St. Petersburg", "Mt. Pleasant". */
    private static final Set<String> SHORT_PREFIXES = Set.of("St", "Ste", "Mt", "Ft", "Pt");

    /** Titles: a capitalised word right after one is a person's name ("President Smith", "General Hit"). */
    private static final Set<String> TITLES = Set.of(
            "president", "minister", "general", "gen", "colonel", "col", "major", "maj", "captain", "capt",
            "lieutenant", "lt", "sergeant", "sgt", "brigadier", "commander", "chief", "leader", "king", "queen",
            "prince", "princess", "emir", "sheikh", "shaykh", "sultan", "imam", "mullah", "ayatollah", "pope", "mr",
            "mrs", "ms", "dr", "sir", "governor", "gov", "mayor", "senator", "sen", "secretary", "spokesman",
            "spokeswoman", "spokesperson", "judge", "father", "brother", "sister", "saint", "rev", "reverend",
            "rep", "officer", "deputy", "sheriff", "detective", "coach", "bishop", "rabbi");

    private final Gazetteer gazetteer;
    private final Countries countries;
    private final Set<String> stopwords;
    private final Set<String> commonWords;
    private final RegionAbbreviations abbreviations = RegionAbbreviations.bundled();

    /** A matcher over the gazetteer with the bundled country table and word lists. */
    public ToponymMatcher(Gazetteer gazetteer) {
        this(gazetteer, Countries.bundled(), GeoResources.lines(STOPWORDS_RESOURCE),
                GeoResources.lines(GazetteerBuilder.COMMON_WORDS_FILE));
    }

    /**
     * A matcher with its own word lists (one lower-case word a line, '#' comments).
     *
     * @param stopwordLines words never matched alone
     * @param commonWordLines English words matched alone only mid-sentence in running text
     */
    public ToponymMatcher(Gazetteer gazetteer, Countries countries, List<String> stopwordLines, List<String> commonWordLines) {
        if (gazetteer == null || countries == null) {
            throw new IllegalArgumentException("gazetteer and countries must not be null");
        }
        this.gazetteer = gazetteer;
        this.countries = countries;
        this.stopwords = wordSet(stopwordLines);
        this.commonWords = wordSet(commonWordLines);
    }

    private static Set<String> wordSet(List<String> lines) {
        Set<String> words = new HashSet<>();
        for (String line : lines) {
            String w = line.strip();
            if (!w.isEmpty() && !w.startsWith("#")) {
                words.add(NameKeys.basic(w));
            }
        }
        return Set.copyOf(words);
    }

    /** A word of the text: its offsets and whether it starts a sentence or line. */
    private record Word(int start, int end, String text, boolean sentenceStart) {}

    /**
     * The place names in {@code text}, in text order, not overlapping; spans are UTF-16 offsets into
     * {@code text}. Null or empty text gives an empty list. Never throws.
     */
    public List<ToponymMatch> find(String text) {
        return find(text, false);
    }

    /**
     * Every place {@code text} names, for a geoparser rather than an event coder: what {@link #find}
     * finds, plus the names inside longer names when they are countries, provinces, districts or
     * large towns ("the Texas Fire Service", "Dublin Historical Society"), demonyms ("Russian",
     * "Palestinians"; {@link ToponymMatch#country()} true), and a state abbreviation after a place
     * ("Charleston, W.Va."). Same offsets and guarantees as {@link #find}.
     */
    public List<ToponymMatch> findMentions(String text) {
        return text == null ? List.of() : withNamedFeatures(text, find(text, true));
    }

    /**
     * {@link #findMentions(String)} with what a named-entity tagger said of the text: a name inside a
     * person's name is no place ("Lincoln" of "Abraham Lincoln", "Jones said") unless a place word
     * stands right before it ("in", "near", "the village of" — NER tags some towns as people), and a
     * location the gazetteer lacks ("Harwinton") is a mention too.
     *
     * @param people spans the tagger marked as persons
     * @param locations spans it marked as locations
     */
    public List<ToponymMatch> findMentions(String text, List<Span> people, List<Span> locations) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Span> persons = people == null ? List.of() : people;
        List<ToponymMatch> found = new ArrayList<>();
        for (ToponymMatch m : find(text, true)) {
            if (m.country() || !insideAny(m.span(), persons) || afterPlaceCue(text, m.span().start())) {
                found.add(m);
            }
        }
        for (Span location : locations == null ? List.<Span>of() : locations) {
            if (location == null || location.end() > text.length() || location.length() == 0) {
                continue; // a tagger's span that is not in this text
            }
            boolean overlaps = found.stream().anyMatch(m -> m.span().start() < location.end() && location.start() < m.span().end());
            String name = location.of(text);
            if (!overlaps && capitalised(name) && !stopwords.contains(NameKeys.basic(name))) {
                found.add(new ToponymMatch(location, name, false));
            }
        }
        found.sort(Comparator.comparingInt(m -> m.span().start()));
        return withNamedFeatures(text, found);
    }

    /** Words after a name that make it part of a street's name: "6016 Dublin Road" names no Dublin. */
    private static final Set<String> STREET_WORDS = Set.of("street", "st", "road", "rd", "avenue", "ave", "boulevard",
            "blvd", "drive", "lane", "ln", "parkway", "pkwy", "highway", "hwy", "pike", "trail", "terrace");
    /** Kinds of feature or unit written after a name, which make one place name with it: "Shenandoah Valley". */
    private static final Set<String> FEATURE_WORDS = Set.of("valley", "river", "lake", "creek", "mountain", "mountains",
            "island", "islands", "bay", "canyon", "county", "parish", "township", "falls", "beach", "peninsula");
    private static final java.util.regex.Pattern NEXT_WORD = java.util.regex.Pattern.compile("^ (\\p{Lu}\\p{Ll}+)\\b");

    /**
     * Mentions with the word after them read: a name followed by a street word is part of a street's
     * name and no mention; a name followed by a feature word ("Valley", "River", "County") is
     * mentioned together with it, as one name.
     */
    private static List<ToponymMatch> withNamedFeatures(String text, List<ToponymMatch> matches) {
        List<ToponymMatch> out = new ArrayList<>(matches.size());
        for (ToponymMatch m : matches) {
            int end = m.span().end();
            java.util.regex.Matcher next = NEXT_WORD.matcher(text.substring(end, Math.min(text.length(), end + 24)));
            if (!m.country() && next.find()) {
                String word = next.group(1).toLowerCase(Locale.ROOT);
                if (STREET_WORDS.contains(word)) {
                    continue;
                }
                if (FEATURE_WORDS.contains(word)) {
                    Span whole = new Span(m.span().start(), end + next.end(1));
                    out.add(new ToponymMatch(whole, whole.of(text), false));
                    continue;
                }
            }
            out.add(m);
        }
        return List.copyOf(out);
    }

    /** Words after which a capitalised name is a place, whatever a tagger thinks. */
    private static final Set<String> PLACE_CUES = Set.of("in", "near", "outside", "into", "toward", "towards",
            "around", "across", "between");
    /** Kinds of place that make "of" a cue: "the village of Al-Arej" (but not "the wife of Jones"). */
    private static final Set<String> OF_PLACE_CUES = Set.of("village", "town", "city", "province", "district",
            "outskirts", "suburbs", "area", "region", "county", "state", "governorate");

    private static boolean insideAny(Span span, List<Span> spans) {
        for (Span s : spans) {
            if (s.contains(span)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word before {@code start} (skipping "the") is a place cue: "in Qaim", "the village of Al-Arej". */
    private static boolean afterPlaceCue(String text, int start) {
        String before = text.substring(Math.max(0, start - 30), start).toLowerCase(Locale.ROOT).strip();
        String[] words = before.split("[^\\p{L}]+");
        int last = words.length - 1;
        if (last >= 0 && words[last].equals("the")) {
            last--;
        }
        if (last >= 1 && words[last].equals("of")) {
            return OF_PLACE_CUES.contains(words[last - 1]);
        }
        return last >= 0 && PLACE_CUES.contains(words[last]);
    }

    private List<ToponymMatch> find(String text, boolean mentions) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Word> words = words(text);
        Set<String> lowerCaseWords = lowerCaseWords(words);
        Set<String> surnames = surnames(text, words, lowerCaseWords);
        List<ToponymMatch> matches = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int before = matches.size();
            int taken = matchAt(text, words, i, lowerCaseWords, surnames, mentions, matches);
            if (taken == 0 && mentions) {
                taken = demonymAt(text, words, i, matches);
            }
            if (taken == 0 && mentions) {
                taken = regionAt(text, words, i, matches);
            }
            if (matches.size() > before && mentions) {
                taken += abbreviationAfter(text, words, i + taken, matches);
            }
            i += Math.max(1, taken);
        }
        return List.copyOf(matches);
    }

    /** A demonym at word i ("Russian", "Sri Lankan"), as a mention of its country; the words it took, or 0. */
    private int demonymAt(String text, List<Word> words, int i, List<ToponymMatch> out) {
        Word w = words.get(i);
        if (!capitalised(w.text())) {
            return 0;
        }
        if (i + 1 < words.size() && words.get(i + 1).start() == w.end() + 1) {
            Word next = words.get(i + 1);
            String two = text.substring(w.start(), next.end());
            if (capitalised(next.text()) && countries.byDemonym(two).isPresent()) {
                out.add(new ToponymMatch(new Span(w.start(), next.end()), two, true));
                return 2;
            }
        }
        if (countries.byDemonym(w.text()).isEmpty()) {
            return 0;
        }
        out.add(new ToponymMatch(new Span(w.start(), w.end()), w.text(), true));
        return 1;
    }

    /**
     * A continent, ocean or world region, or its adjective, at word i ("Europe", "Middle East",
     * "Latin American", "EU"): a mention of the region when {@link WorldRegions} places it; the words it
     * took, or 0. Only for geoparsing: they are no event places.
     */
    private static int regionAt(String text, List<Word> words, int i, List<ToponymMatch> out) {
        if (!capitalised(words.get(i).text())) {
            return 0;
        }
        for (int n = Math.min(MAX_REGION_WORDS, words.size() - i); n >= 1; n--) {
            if (!joinable(text, words, i, n)) {
                continue;
            }
            Span span = new Span(words.get(i).start(), words.get(i + n - 1).end());
            String surface = span.of(text);
            if (WorldRegions.bundled().place(NameKeys.key(surface)).isPresent()) {
                out.add(new ToponymMatch(span, surface, false));
                return n;
            }
        }
        return 0;
    }

    /** Words in the longest region name ("Horn of Africa"). */
    private static final int MAX_REGION_WORDS = 3;

    /** ", W.Va." or ", Tex." right after a place: the abbreviation as a mention; returns the words it took. */
    private int abbreviationAfter(String text, List<Word> words, int next, List<ToponymMatch> out) {
        if (next >= words.size() || next == 0) {
            return 0;
        }
        int gapStart = words.get(next - 1).end();
        Word first = words.get(next);
        if (!text.substring(gapStart, first.start()).equals(", ")) {
            return 0;
        }
        // Up to three words glued by dots or a space: "W.Va.", "W. Va.", "N.M.".
        for (int n = Math.min(3, words.size() - next); n >= 1; n--) {
            int end = words.get(next + n - 1).end();
            if (end < text.length() && text.charAt(end) == '.') {
                end++;
            }
            String candidate = text.substring(first.start(), end);
            if (abbreviations.province(candidate).isPresent()) {
                out.add(new ToponymMatch(new Span(first.start(), end), candidate, false));
                return n;
            }
        }
        return 0;
    }

    /**
     * Surnames of people the text names: the last word of "Bob Jones", "President Obama" — a
     * capitalised word after another on the same line, when the two are no place name and the first
     * is no function word, place word or demonym. The same word alone elsewhere is that person
     * ("Jones said"), not the town of Jones. In {@link NameKeys#basic} form.
     */
    private Set<String> surnames(String text, List<Word> words, Set<String> lowerCaseWords) {
        Set<String> found = new HashSet<>();
        for (int i = 1; i < words.size(); i++) {
            Word prev = words.get(i - 1);
            Word cur = words.get(i);
            if (cur.start() != prev.end() + 1 || text.charAt(prev.end()) != ' ') {
                continue;
            }
            String p = prev.text();
            String w = cur.text();
            String basicPrev = NameKeys.basic(p);
            if (!capitalised(p) || !capitalised(w) || isAcronym(p) || isAcronym(w) || Character.isDigit(p.charAt(0))
                    || NAME_PREFIXES.contains(basicPrev) || CONNECTORS.contains(basicPrev)
                    || (stopwords.contains(basicPrev) && !TITLES.contains(basicPrev))
                    || PLACE_KINDS.contains(p.toLowerCase(Locale.ROOT)) || countries.byDemonym(p).isPresent()
                    || countries.byName(p).isPresent() || titleCasedLine(text, cur.start())) {
                continue;
            }
            if (i + 1 < words.size() && capitalised(words.get(i + 1).text())
                    && words.get(i + 1).start() == cur.end() + 1) {
                continue; // a longer name ("Tal Abita Police Station"): no telling who is who
            }
            String pair = text.substring(prev.start(), cur.end());
            String basic = NameKeys.basic(w);
            if (lowerCaseWords.contains(basic) || stopwords.contains(basic) || PLACE_KINDS.contains(basic)) {
                continue; // "Gainesville Police", "Ohio Senate": the text also writes "police"; no surname
            }
            if (gazetteer.hasKey(NameKeys.key(pair)) || countries.byName(w).isPresent() || capitalOrProvince(w)) {
                continue; // "Mount Pleasant" is a place; "Kirkuk Erbil", "Michael Jordan": the place wins
            }
            found.add(basic);
        }
        return found;
    }

    /** Whether some reading of the name is a province or a national or provincial capital. */
    private boolean capitalOrProvince(String name) {
        for (Place p : gazetteer.candidates(name)) {
            if (p.isProvince() || p.featureCode().equals("PPLC") || p.featureCode().equals("PPLA")) {
                return true;
            }
        }
        return false;
    }

    /** Whether some reading of the name is a country, province, district or large town. */
    private boolean prominent(String surface) {
        for (Place p : gazetteer.candidates(surface)) {
            if (p.isCountry() || p.isProvince() || p.isDistrict() || p.population() >= PROMINENT_POPULATION
                    || p.featureCode().equals("PPLC") || p.featureCode().equals("PPLA")) {
                return true;
            }
        }
        return false;
    }

    /** Tries names of MAX_WORDS..1 words at word i; returns how many words the match took (0 if none). */
    private int matchAt(String text, List<Word> words, int i, Set<String> lowerCaseWords, Set<String> surnames,
                        boolean mentions, List<ToponymMatch> out) {
        Word at = words.get(i);
        if (!capitalised(at.text()) || at.text().equals("The")) {
            return 0; // "The U.S.": the name starts after the article
        }
        if (at.start() >= 2 && text.charAt(at.start() - 1) == '.' && Character.isLetter(text.charAt(at.start() - 2))) {
            return 0; // "Va" of "W.Va.": the rest of an abbreviation
        }
        int maxWords = Math.min(MAX_WORDS, words.size() - i);
        for (int n = maxWords; n >= 1; n--) {
            if (!joinable(text, words, i, n)) {
                continue;
            }
            Word first = words.get(i);
            Word last = words.get(i + n - 1);
            String surface = text.substring(first.start(), last.end());
            boolean country = countries.byName(surface).isPresent();
            if (!country && !gazetteer.hasKey(NameKeys.key(surface))) {
                continue;
            }
            if (n == 1 && !acceptSingleWord(text, first, country, lowerCaseWords)) {
                continue;
            }
            if (n > 1 && stopwords.contains(NameKeys.basic(surface))) {
                return n; // "White House", "City Hall": institutions, whatever town carries the name (or a word of it)
            }
            if (n == 1 && !country && surnames.contains(NameKeys.basic(first.text()))) {
                continue;
            }
            if (!country && headsLongerName(text, words, i + n - 1)
                    && !(mentions && prominent(surface) && !surnames.contains(NameKeys.basic(words.get(i + n).text())))) {
                continue; // in mentions, "Texas Fire Service" yes, "David Jones" no
            }
            if (!country && continuesUnknownName(text, words, i)) {
                return 0;
            }
            out.add(new ToponymMatch(new Span(first.start(), last.end()), surface, country));
            return n;
        }
        return 0;
    }

    /** Words i..i+n-1 form a name: same line, only spaces between, inner words capitalised or connectors. */
    private static boolean joinable(String text, List<Word> words, int i, int n) {
        for (int k = 1; k < n; k++) {
            Word prev = words.get(i + k - 1);
            Word cur = words.get(i + k);
            int gapStart = prev.end();
            if (SHORT_PREFIXES.contains(prev.text()) && gapStart < text.length() && text.charAt(gapStart) == '.') {
                gapStart++; // "St. Petersburg", "Mt. Pleasant", "Ft. Worth"
            }
            for (int c = gapStart; c < cur.start(); c++) {
                if (text.charAt(c) != ' ') {
                    return false;
                }
            }
            boolean lastWord = k == n - 1;
            String w = cur.text();
            if (!capitalised(w) && (lastWord || !CONNECTORS.contains(w.toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether word i continues a capitalised name that started before it, so that a match here would
     * be a fragment: "Abita" in "Tal Abita", "Mustafa" in "Minister Mustafa". Function words,
     * directions and demonyms before a name do not count ("In Baghdad", "northern Iraq", "Iraqi Kurdistan").
     */
    private boolean continuesUnknownName(String text, List<Word> words, int i) {
        if (i == 0) {
            return false;
        }
        Word prev = words.get(i - 1);
        Word cur = words.get(i);
        if (SHORT_PREFIXES.contains(prev.text()) && text.startsWith(". ", prev.end()) && prev.end() + 2 == cur.start()) {
            return true; // "Patrick" of "St. Patrick's Day", when "St. Patrick" is no place
        }
        for (int c = prev.end(); c < cur.start(); c++) {
            if (text.charAt(c) != ' ') {
                return false;
            }
        }
        String p = prev.text();
        String basic = NameKeys.basic(p);
        if (NAME_PREFIXES.contains(basic) || TITLES.contains(basic)) {
            return true;
        }
        if (!capitalised(p) || isAcronym(p) || stopwords.contains(basic) || prev.sentenceStart() && commonWords.contains(basic)) {
            return false;
        }
        return countries.byDemonym(p).isEmpty() && !titleCasedLine(text, cur.start());
    }

    /**
     * Whether a name ending at word i is only the head of a longer capitalised name the gazetteer
     * does not hold ("Green" in "Green Zone", "The White" in "The White Helmets"), unless the next
     * word says what kind of place it is ("Nineveh Province", "Gaza City").
     */
    private boolean headsLongerName(String text, List<Word> words, int i) {
        if (i + 1 >= words.size()) {
            return false;
        }
        Word cur = words.get(i);
        Word next = words.get(i + 1);
        if (next.start() != cur.end() + 1 || text.charAt(cur.end()) != ' ') {
            return false;
        }
        String n = next.text();
        return capitalised(n) && !isAcronym(n) && !PLACE_KINDS.contains(n.toLowerCase(Locale.ROOT))
                && countries.byDemonym(n).isEmpty() && !titleCasedLine(text, cur.start());
    }

    private boolean acceptSingleWord(String text, Word word, boolean country, Set<String> lowerCaseWords) {
        String w = word.text();
        String basic = NameKeys.basic(w);
        if (NAME_PREFIXES.contains(basic) || TITLES.contains(basic) || stopwords.contains(basic)
                || stopwords.contains(NameKeys.basic(withoutArticle(w)))) {
            return false;
        }
        if (isAcronym(w)) {
            // "US", "UAE" yes; "ISF", "SDF", "IS" never; a known abbreviation joined by "&" ("J&K") is
            // no organisation's initials.
            return country || w.indexOf('&') > 0;
        }
        if (country) {
            return true;
        }
        if (countries.byDemonym(w).isPresent()) {
            return false;
        }
        if (commonWords.contains(basic)) {
            return !word.sentenceStart() && !titleCasedLine(text, word.start()) && !lowerCaseWords.contains(basic)
                    && !endsInstitutionName(text, word.start()) && !startsOfName(text, word.end());
        }
        return true;
    }

    /** Whether " of " and a capitalised word follow {@code end}: "Hall of Fame", "Bank of America". */
    private static boolean startsOfName(String text, int end) {
        return text.startsWith(" of ", end) && end + 4 < text.length() && Character.isUpperCase(text.charAt(end + 4));
    }

    /**
     * Whether the word at {@code start} closes a capitalised name: right after a capitalised word
     * ("City Hall", "Grand Jury"), or after "of" that follows one ("Chamber of Commerce"). An
     * English word there is part of the name, not the town that happens to carry it.
     */
    private static boolean endsInstitutionName(String text, int start) {
        String before = text.substring(Math.max(0, start - 40), start);
        if (!before.endsWith(" ")) {
            return false;
        }
        String[] words = before.strip().split(" ");
        int last = words.length - 1;
        if (last >= 1 && words[last].equals("of")) {
            last--;
        }
        return last >= 0 && !words[last].isEmpty() && capitalised(words[last])
                && Character.isLetter(words[last].charAt(words[last].length() - 1));
    }

    private static String withoutArticle(String w) {
        int hyphen = w.indexOf('-');
        return hyphen > 0 && hyphen < w.length() - 1 ? w.substring(hyphen + 1) : w;
    }

    private static boolean isAcronym(String w) {
        int letters = 0;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters > 0 && letters <= 4;
    }

    /** Capitalised, or an article prefix followed by a capital ("al-Qaim", "ez-Zor"). */
    static boolean capitalised(String w) {
        if (w.isEmpty()) {
            return false;
        }
        if (Character.isUpperCase(w.codePointAt(0))) {
            return true;
        }
        int hyphen = w.indexOf('-');
        return hyphen > 0 && hyphen <= 3 && hyphen + 1 < w.length() && Character.isUpperCase(w.codePointAt(hyphen + 1));
    }

    /**
     * Whether the line holding {@code offset} is a title: most of its words capitalised
     * ("Back To Top", headlines), where capitals say nothing about names.
     */
    private static boolean titleCasedLine(String text, int offset) {
        int start = text.lastIndexOf('\n', offset) + 1;
        int end = text.indexOf('\n', offset);
        if (end < 0) {
            end = text.length();
        }
        int words = 0;
        int capitals = 0;
        boolean inWord = false;
        for (int c = start; c < end; c++) {
            char ch = text.charAt(c);
            if (Character.isLetter(ch)) {
                if (!inWord) {
                    words++;
                    if (Character.isUpperCase(ch)) {
                        capitals++;
                    }
                }
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return words >= 2 && capitals * 4 >= words * 3;
    }

    private static Set<String> lowerCaseWords(List<Word> words) {
        Set<String> lower = new HashSet<>();
        for (Word w : words) {
            if (Character.isLowerCase(w.text().codePointAt(0))) {
                lower.add(NameKeys.basic(w.text()));
            }
        }
        return lower;
    }

    /**
     * Splits text into words: letters and digits, with apostrophes and hyphens inside a word
     * ("Qa'im", "Al-Arej", "ez-Zor") and dots inside single-letter abbreviations ("U.S.", "U.A.E.").
     */
    /** Words that say what kind of place the name before them is. */
    private static final Set<String> PLACE_KINDS = Set.of("province", "governorate", "district", "region", "state",
            "city", "county", "town", "village", "area", "municipality", "prefecture", "division", "department",
            "valley", "camp", "border", "crossing", "airport");

    private static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        boolean sentenceStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == ';' || c == '"' || c == '“'
                        || c == '(' || c == '[') {
                    sentenceStart = true;
                }
                i++;
                continue;
            }
            int start = i;
            int end = wordEnd(text, i);
            i = end;
            // "Baghdad's Green Zone": the possessive is not part of the name.
            if (end - start > 3 && text.charAt(end - 1) == 's' && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '\u2019')) {
                end -= 2;
            }
            words.add(new Word(start, end, text.substring(start, end), sentenceStart));
            sentenceStart = false;
        }
        return words;
    }

    private static int wordEnd(String text, int start) {
        int n = text.length();
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if (isInnerJoiner(c) && i + 1 < n && Character.isLetter(text.charAt(i + 1)) && i > start) {
                i++;
            } else if (c == '&' && i > start && Character.isUpperCase(text.charAt(i - 1))
                    && i + 1 < n && Character.isUpperCase(text.charAt(i + 1))) {
                i++; // "J&K": an ampersand between capitals joins an abbreviation
            } else if (c == '.' && i - start >= 1 && singleLetterSegment(text, start, i)
                    && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                    && (i + 2 >= n || text.charAt(i + 2) == '.')) {
                i++; // inside "U.S": the dot joins single letters
            } else if (c == '.' && singleLetterSegment(text, start, i) && text.substring(start, i).indexOf('.') > 0) {
                return i + 1; // the final dot of "U.S."
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean singleLetterSegment(String text, int start, int dot) {
        int segmentStart = text.lastIndexOf('.', dot - 1) + 1;
        segmentStart = Math.max(segmentStart, start);
        return dot - segmentStart == 1 && Character.isUpperCase(text.charAt(segmentStart));
    }

    private static boolean isInnerJoiner(char c) {
        return c == '-' || c == '\'' || c == '’' || c == '‘' || c == 'ʼ' || c == '`' || c == '‐';
    }
}
