package org.sitrep.extract;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Reads counts of people from numerals and number words.
 *
 * <p>Vague quantities follow ACLED's codebook convention for fatalities, which sitrep applies to
 * the injured and arrested as well: "several", "many", "some" → 10 is ACLED's rule for unspecified
 * plural fatalities; sitrep uses the cautious reading below and states it here so users can see it:
 * <ul>
 *   <li>"a", "an", "one", "another", a singular person noun → 1</li>
 *   <li>"a couple of" → 2; "a few" → 3; "several", "some", "many", "multiple" → 10 (ACLED: unspecified plural)</li>
 *   <li>"dozens" → 12; "scores" → 20; "hundreds" → 100; "thousands" → 1000 (ACLED: the lowest number the word allows)</li>
 *   <li>"at least N", "more than N", "over N", "nearly N", "about N" → N</li>
 * </ul>
 */
final class Numbers {
    private Numbers() {}

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozen", 12), Map.entry("dozens", 12),
            Map.entry("scores", 20), Map.entry("hundreds", 100), Map.entry("thousands", 1000), Map.entry("couple", 2),
            Map.entry("few", 3), Map.entry("several", 10), Map.entry("many", 10), Map.entry("multiple", 10),
            Map.entry("numerous", 10), Map.entry("a", 1), Map.entry("an", 1), Map.entry("another", 1), Map.entry("single", 1));

    /** The count a word or numeral states, if any ("15", "1,200", "fifteen", "twenty-five", "dozens"). */
    static OptionalInt parse(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(",", "");
        if (w.matches("\\d{1,6}")) {
            return OptionalInt.of(Integer.parseInt(w));
        }
        Integer v = WORDS.get(w);
        if (v != null) {
            return OptionalInt.of(v);
        }
        if (w.contains("-")) {
            int sum = 0;
            for (String part : w.split("-")) {
                Integer p = WORDS.get(part);
                if (p == null) {
                    return OptionalInt.empty();
                }
                sum += p;
            }
            return OptionalInt.of(sum);
        }
        return OptionalInt.empty();
    }
}
