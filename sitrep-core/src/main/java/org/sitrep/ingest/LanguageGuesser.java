package org.sitrep.ingest;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Pattern;

/**
 * Names the language of a text: an ISO 639-1 code ({@code "en"}, {@code "fr"}, {@code "ar"}, ...) or
 * {@link #UNDETERMINED} ({@code "und"}, ISO 639-2 for "undetermined").
 *
 * <p><b>English first, cheaply.</b> It counts how many of the first {@value #MAX_WORDS} words are
 * common English function words ("the", "of", "was", "in", ...). English news prose scores about
 * 0.3–0.45; French, German, Spanish, Italian, Portuguese and Dutch prose score under 0.15 (their own
 * frequent look-alikes "an", "die", "do", "so" are left out of the list). At
 * {@value #MIN_STOPWORD_RATIO} or more the text is English, and nothing else runs: most of what sitrep
 * reads costs no model.
 *
 * <p><b>Other languages.</b> Otherwise the first {@value #MAX_DETECTED_CHARS} characters go to
 * Lingua (Apache-2.0), restricted to {@link #NEWS_LANGUAGES} and in its low-accuracy mode
 * (trigram models only: the first text of a language loads its model in about a second and a few
 * MB; long news text needs no more). Its answer counts only when English is clearly behind: Lingua's
 * confidences are relative to the best language's, and if English's is {@value #ENGLISH_DOUBT} or
 * more the text is undetermined (short English reports full of place names — "On 3 May, in Ciudad
 * Juarez, Chihuahua, ..." — look Spanish to trigrams; an undetermined text is still coded, one
 * wrongly called Spanish would not be). Text with fewer than {@value #MIN_LETTERS} letters, or
 * {@value #MIN_WORDS} words, is undetermined; so is text in a language outside the list.
 *
 * <p>Thread-safe: the detector is built on first need and shared by the calls of this instance;
 * Lingua's models are shared by the process.
 */
public final class LanguageGuesser {
    /** ISO 639-2 code for "undetermined". */
    public static final String UNDETERMINED = "und";
    public static final String ENGLISH = "en";

    static final int MAX_WORDS = 2000;
    static final int MIN_WORDS = 3;
    static final double MIN_STOPWORD_RATIO = 0.2;
    static final int MIN_LETTERS = 20;
    static final int MAX_DETECTED_CHARS = 3000;
    static final double ENGLISH_DOUBT = 0.85;

    /**
     * The languages told apart: English and the languages of most news about armed conflict.
     * Fewer languages make detection faster and surer; a text in another language gets the
     * nearest of these only if Lingua is confident, else "und".
     */
    public static final Set<Language> NEWS_LANGUAGES = Set.of(
            Language.ENGLISH, Language.FRENCH, Language.SPANISH, Language.PORTUGUESE, Language.GERMAN, Language.ITALIAN,
            Language.DUTCH, Language.RUSSIAN, Language.UKRAINIAN, Language.POLISH, Language.TURKISH, Language.ARABIC,
            Language.PERSIAN, Language.URDU, Language.HINDI, Language.BENGALI, Language.HEBREW, Language.CHINESE,
            Language.JAPANESE, Language.KOREAN, Language.INDONESIAN, Language.SWAHILI, Language.SOMALI, Language.VIETNAMESE);
    private static final double MIN_LATIN_LETTER_RATIO = 0.8;
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*");

    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of(
            "the", "of", "and", "to", "is", "was", "were", "are", "be", "been", "being", "that", "this", "these",
            "those", "for", "with", "as", "by", "at", "from", "which", "who", "whom", "whose", "have", "has", "had",
            "it", "its", "they", "their", "them", "he", "his", "she", "her", "we", "our", "you", "not", "but", "or",
            "will", "would", "could", "should", "after", "before", "into", "than", "said", "about", "over", "under",
            "when", "where", "while", "there", "also", "other", "some", "any", "all", "more", "most", "such",
            "between", "during", "against", "through", "since", "both", "each", "what", "did", "does", "a", "in", "on",
            "if", "can", "may", "must", "how", "then", "only", "just", "because", "until", "within", "without", "around",
            "across", "towards", "toward", "near", "among", "upon", "off", "up", "out", "down", "told", "says", "my", "me",
            "us", "him");

    private volatile LanguageDetector detector;

    public LanguageGuesser() {}

    /** The text's ISO 639-1 language code, or {@code "und"}; never null or blank. */
    public String guess(String text) {
        if (text == null) {
            return UNDETERMINED;
        }
        int words = 0;
        int functionWords = 0;
        int letters = 0;
        int latinLetters = 0;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length() && words < MAX_WORDS; i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                letters++;
                if (c < 0x80 || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                    latinLetters++;
                }
                word.append(c);
            } else if (c == '\'' && word.length() > 0) {
                word.append(c);
            } else if (word.length() > 0) {
                words++;
                if (ENGLISH_FUNCTION_WORDS.contains(word.toString().toLowerCase(Locale.ROOT))) {
                    functionWords++;
                }
                word.setLength(0);
            }
        }
        if (letters < MIN_LETTERS) {
            return UNDETERMINED;
        }
        boolean latin = latinLetters >= MIN_LATIN_LETTER_RATIO * letters;
        if (latin && words >= MIN_WORDS && (double) functionWords / words >= MIN_STOPWORD_RATIO) {
            return ENGLISH;
        }
        // Scripts without spaces (Chinese, Japanese) count as few words; Latin text needs a few.
        if (latin && words < MIN_WORDS) {
            return UNDETERMINED;
        }
        return detect(text.length() > MAX_DETECTED_CHARS ? text.substring(0, MAX_DETECTED_CHARS) : text);
    }

    private String detect(String sample) {
        SortedMap<Language, Double> confidences = detector().computeLanguageConfidenceValues(sample);
        if (confidences.isEmpty()) {
            return UNDETERMINED;
        }
        // Sorted by confidence, highest first; values are relative to the best one's (1.0).
        Language best = confidences.firstKey();
        if (best == Language.UNKNOWN) {
            return UNDETERMINED;
        }
        if (best != Language.ENGLISH && confidences.getOrDefault(Language.ENGLISH, 0.0) >= ENGLISH_DOUBT) {
            return UNDETERMINED;
        }
        return best.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    private LanguageDetector detector() {
        LanguageDetector d = detector;
        if (d == null) {
            synchronized (this) {
                d = detector;
                if (d == null) {
                    d = LanguageDetectorBuilder.fromLanguages(NEWS_LANGUAGES.toArray(Language[]::new)).withLowAccuracyMode().build();
                    detector = d;
                }
            }
        }
        return d;
    }

    /**
     * The primary subtag of a declared language tag, lower case ({@code "en-GB"} → {@code "en"}),
     * or null if {@code tag} is not a well-formed tag.
     */
    public static String primaryLanguage(String tag) {
        if (tag == null || !LANGUAGE_TAG.matcher(tag.strip()).matches()) {
            return null;
        }
        return tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    }
}
