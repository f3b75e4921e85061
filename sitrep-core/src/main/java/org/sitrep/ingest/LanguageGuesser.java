package org.sitrep.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A deliberately cheap language check that answers one question: is this text English? It counts
 * how many of the first {@value #MAX_WORDS} words are common English function words ("the", "of",
 * "was", "in", ...). English news prose scores about 0.3–0.45; French, German, Spanish, Italian,
 * Portuguese and Dutch prose score under 0.15 (the words they share with English, such as "a" and
 * "in", are few; their own frequent look-alikes "an", "die", "do", "so" are left out of the list).
 * The threshold is {@value #MIN_STOPWORD_RATIO}. Text that is mostly non-Latin script, or shorter
 * than {@value #MIN_WORDS} words, is undetermined.
 *
 * <p>It returns {@code "en"} or {@link #UNDETERMINED} ({@code "und"}, ISO 639-2 for "undetermined"):
 * it never claims English for text it is not sure about, and it never names another language.
 * Real detection is a later piece of work. Stateless and thread-safe.
 */
public final class LanguageGuesser {
    /** ISO 639-2 code for "undetermined". */
    public static final String UNDETERMINED = "und";
    public static final String ENGLISH = "en";

    static final int MAX_WORDS = 2000;
    static final int MIN_WORDS = 3;
    static final double MIN_STOPWORD_RATIO = 0.2;
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

    public LanguageGuesser() {}

    /** {@code "en"} if {@code text} reads as English prose, else {@code "und"}; never null or blank. */
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
        if (words < MIN_WORDS || latinLetters < MIN_LATIN_LETTER_RATIO * letters) {
            return UNDETERMINED;
        }
        return (double) functionWords / words >= MIN_STOPWORD_RATIO ? ENGLISH : UNDETERMINED;
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
