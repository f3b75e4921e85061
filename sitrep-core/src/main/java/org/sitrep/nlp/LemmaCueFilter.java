package org.sitrep.nlp;

import edu.stanford.nlp.process.Morphology;
import org.sitrep.model.Article;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A {@link RelevanceFilter} over the lemmas the words of an article's text can have: every word is
 * lemmatized with CoreNLP's {@link Morphology} as each open-class part of speech it could be tagged,
 * so "fought", "shelled", "clashes" reach "fight", "shell", "clash" without a tagger.
 *
 * <ul>
 *   <li>A text of fewer than {@code longTextWords} words (a wire brief, a coded note) passes when a
 *   word can have a {@code cue} lemma. With the coder's trigger lemmas as cues, this rejects only
 *   texts in which the coder would parse no sentence, hence find no event: the annotator lemmatizes
 *   with the same {@code Morphology} and the tagger's tag, one of the tags tried here.</li>
 *   <li>A longer text passes when the kinds of the lemmas that the words of {@code windowSentences}
 *   consecutive sentences can have ({@code kindOf}: e.g. agent, harm, weapon for "militants",
 *   "killed", "explosion") satisfy {@code enough}. Trigger lemmas are too common to sort a news
 *   stream ("go", "take", "open", "hit": almost every article has one), while a report of an event
 *   names its agents, means or victims with words specific to it, and names them together: "gunmen
 *   killed three", "a bomb exploded …, killing two". Over a whole article the words of violence that
 *   other news borrows add up ("killed off the game" … "the striker shot" … "police arrested
 *   fans"; "a blast of hail" … "a tree killed two"); within a sentence or two they rarely do. This
 *   is a heuristic: an article that reports an event without such words close together is lost.</li>
 * </ul>
 *
 * <p>A sentence ends at a line break or at {@code .}, {@code !} or {@code ?} followed by white
 * space, closing quotes or brackets between them allowed (an abbreviation such as "Gen." ends one
 * too early, which only narrows that window).
 *
 * <p>Words are runs of letters and digits; a hyphen or apostrophe inside a run also splits it into
 * further words ("shoot-out" is tried as "shoot-out", "shoot" and "out"), as the tokenizer may
 * keep or split it. Verdicts per distinct word are cached (up to {@value #MAX_CACHED} words).
 * Thread-safe when the predicates are.
 */
public final class LemmaCueFilter implements RelevanceFilter {
    static final int MAX_CACHED = 300_000;
    /** The tags whose lemma can differ from the word; every other tag lemmatizes a word to itself. */
    private static final String[] TAGS = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "NN", "NNS", "NNP", "NNPS",
            "JJ", "JJR", "JJS", "RB", "RBR", "RBS"};

    /** What the lemmas of one word can be: a cue, and of which kinds. */
    private record Verdict(boolean cue, Set<String> kinds) {
    }

    private final Predicate<String> cue;
    private final Function<String, String> kindOf;
    private final Predicate<Set<String>> enough;
    private final int longTextWords;
    private final int windowSentences;
    private final Map<String, Verdict> verdicts = new ConcurrentHashMap<>();

    /**
     * @param cue whether a lower-case lemma makes a short text relevant
     * @param kindOf the kind of a lower-case lemma for long texts, or null if it has none
     * @param enough whether the kinds found so far in a long text make it relevant (monotone: more
     *     kinds never make it less so)
     * @param longTextWords the word count from which a text is long, {@code >= 1}
     * @param windowSentences how many consecutive sentences of a long text {@code enough} judges
     *     together, {@code >= 1}; {@link Integer#MAX_VALUE} judges the whole text at once
     */
    public LemmaCueFilter(Predicate<String> cue, Function<String, String> kindOf, Predicate<Set<String>> enough, int longTextWords,
                          int windowSentences) {
        if (cue == null || kindOf == null || enough == null) {
            throw new IllegalArgumentException("cue, kindOf and enough must not be null");
        }
        if (longTextWords < 1) {
            throw new IllegalArgumentException("longTextWords must be >= 1, was " + longTextWords);
        }
        if (windowSentences < 1) {
            throw new IllegalArgumentException("windowSentences must be >= 1, was " + windowSentences);
        }
        this.cue = cue;
        this.kindOf = kindOf;
        this.enough = enough;
        this.longTextWords = longTextWords;
        this.windowSentences = windowSentences;
    }

    @Override
    public boolean mayReportEvent(Article article) {
        String text = article.text();
        Morphology morphology = null;
        boolean anyCue = false;
        // The kinds of each sentence of the current window, oldest first.
        ArrayDeque<Set<String>> window = new ArrayDeque<>();
        window.addLast(new HashSet<>());
        int words = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            int gap = i;
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (words > 0 && endsSentence(text, gap, i)) {
                // A sentence without a kind counts too: it separates the ones around it.
                window.addLast(new HashSet<>());
                if (window.size() > windowSentences) {
                    window.removeFirst();
                }
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || isJoiner(text, i))) {
                i++;
            }
            if (start == i) {
                continue;
            }
            words++;
            String run = text.substring(start, i);
            Verdict v = verdicts.get(run);
            if (v == null) {
                if (morphology == null) {
                    // Not thread-safe, so one per call: cheap to make, and only made when a word is new.
                    morphology = new Morphology();
                }
                v = verdict(morphology, run);
                if (verdicts.size() < MAX_CACHED) {
                    verdicts.put(run, v);
                }
            }
            anyCue |= v.cue();
            if (!v.kinds().isEmpty() && window.peekLast().addAll(v.kinds()) && enough.test(union(window))) {
                return true;
            }
        }
        return anyCue && words < longTextWords;
    }

    /** Whether the characters {@code [from, to)} between two words end a sentence. */
    private static boolean endsSentence(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                return true;
            }
            if (c == '.' || c == '!' || c == '?') {
                // Closing quotes and brackets may stand between the stop and the space.
                int next = k + 1;
                while (next < to && "\"'\u201d\u2019)]".indexOf(text.charAt(next)) >= 0) {
                    next++;
                }
                if (next < to && Character.isWhitespace(text.charAt(next))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> union(ArrayDeque<Set<String>> window) {
        if (window.size() == 1) {
            return window.peekLast();
        }
        Set<String> all = new HashSet<>();
        for (Set<String> sentence : window) {
            all.addAll(sentence);
        }
        return all;
    }

    /** A hyphen or apostrophe between two letters or digits belongs to the run. */
    private static boolean isJoiner(String text, int i) {
        char c = text.charAt(i);
        return (c == '-' || c == '\'' || c == '\u2019') && i > 0 && i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private Verdict verdict(Morphology morphology, String run) {
        boolean isCue = false;
        Set<String> kinds = new HashSet<>();
        Set<String> forms = new HashSet<>();
        forms.add(run);
        for (String part : run.split("[-'\u2019]")) {
            if (!part.isEmpty()) {
                forms.add(part);
            }
        }
        for (String word : forms) {
            for (String lemma : lemmas(morphology, word)) {
                isCue |= cue.test(lemma);
                String kind = kindOf.apply(lemma);
                if (kind != null) {
                    kinds.add(kind);
                }
            }
        }
        return new Verdict(isCue, Set.copyOf(kinds));
    }

    private static Set<String> lemmas(Morphology morphology, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        Set<String> out = new HashSet<>();
        out.add(lower);
        for (String tag : TAGS) {
            out.add(morphology.lemma(word, tag).toLowerCase(Locale.ROOT));
            out.add(morphology.lemma(lower, tag).toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
