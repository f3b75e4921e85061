package org.sitrep.extract;

import org.sitrep.model.EventType;
import org.sitrep.resources.TsvTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The coder's word lists, read from {@code triggers.tsv}, {@code instruments.tsv} and
 * {@code relevance-cues.tsv}. Immutable,
 * thread-safe.
 */
final class Lexicon {
    record Trigger(String lemma, TriggerClass cls, Set<String> requiredObjects) {}

    private final Map<String, Trigger> triggers;
    /** Instrument phrases as word lists, with the sub-event type they imply. */
    private final List<Map.Entry<List<String>, EventType>> instruments;

    /** Phrases that are not means of remote violence although they contain such words ("grenade launchers"). */
    private final List<List<String>> masks;

    /** Lemmas specific to violence, arrests and protest, with their kind, for sorting long articles. */
    private final Map<String, String> relevanceCues;

    private Lexicon(Map<String, Trigger> triggers, List<Map.Entry<List<String>, EventType>> instruments, List<List<String>> masks,
                    Map<String, String> relevanceCues) {
        this.relevanceCues = Map.copyOf(relevanceCues);
        this.triggers = Map.copyOf(triggers);
        this.instruments = List.copyOf(instruments);
        this.masks = List.copyOf(masks);
    }

    static Lexicon bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        static final Lexicon BUNDLED = load();
    }

    private static Lexicon load() {
        Map<String, Trigger> triggers = new HashMap<>();
        for (String[] row : rows("triggers.tsv", 3)) {
            Set<String> required = row[2].equals("-") ? Set.of() : Set.of(row[2].split("\\|"));
            triggers.put(row[0], new Trigger(row[0], TriggerClass.valueOf(row[1]), required));
        }
        List<Map.Entry<List<String>, EventType>> instruments = new ArrayList<>();
        List<List<String>> masks = new ArrayList<>();
        for (String[] row : rows("instruments.tsv", 2)) {
            if (row[1].equals("NONE")) {
                masks.add(List.of(row[0].split(" ")));
            } else {
                instruments.add(Map.entry(List.of(row[0].split(" ")), EventType.valueOf(row[1])));
            }
        }
        Map<String, String> cues = new HashMap<>();
        for (String[] row : rows("relevance-cues.tsv", 2)) {
            cues.put(row[0].strip().toLowerCase(Locale.ROOT), RelevanceKind.valueOf(row[1].strip()).name());
        }
        return new Lexicon(triggers, instruments, masks, cues);
    }

    private static List<String[]> rows(String file, int columns) {
        String path = "/org/sitrep/extract/" + file;
        return TsvTable.read(TsvTable.resource(path), file, columns);
    }

    /** Kinds of the words that tell a long article about violence, arrests or protest from other news. */
    enum RelevanceKind { AGENT, HARM, VIOLENCE, WEAPON, ARREST, PROTEST }

    /** The {@link RelevanceKind} name of a lemma of {@code relevance-cues.tsv}, or null. */
    String relevanceKind(String lemma) {
        return relevanceCues.get(lemma.toLowerCase(Locale.ROOT));
    }

    Trigger trigger(String lemma) {
        return triggers.get(lemma.toLowerCase(Locale.ROOT));
    }

    /**
     * The most specific explosive or remote means named in the words, in the order of
     * {@link EventType} (suicide bomb before air strike before shelling before grenade before IED), or null.
     */
    EventType instrument(List<String> words) {
        List<String> lowerWords = new ArrayList<>(words);
        for (List<String> mask : masks) {
            int at;
            while ((at = indexOf(lowerWords, mask)) >= 0) {
                for (int k = 0; k < mask.size(); k++) {
                    lowerWords.set(at + k, "");
                }
            }
        }
        EventType best = null;
        for (Map.Entry<List<String>, EventType> e : instruments) {
            if (best != null && e.getValue().ordinal() >= best.ordinal()) {
                continue;
            }
            if (containsPhrase(lowerWords, e.getKey())) {
                best = e.getValue();
            }
        }
        return best;
    }

    private static boolean containsPhrase(List<String> words, List<String> phrase) {
        return indexOf(words, phrase) >= 0;
    }

    private static int indexOf(List<String> words, List<String> phrase) {
        outer:
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            for (int k = 0; k < phrase.size(); k++) {
                if (!words.get(i + k).equals(phrase.get(k))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
