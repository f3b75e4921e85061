package org.sitrep.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a sentence tells of organised crime, as a coder of Latin America's criminal violence reads
 * it: whether it names criminal groups ("gang members", "a cartel", "criminal groups", "hitmen"),
 * or tells a killing done in their manner (a drive-by shooting, a body found bound, beheaded or
 * dismembered, a coup de grace, a threatening message left with the body, a burned body).
 * Stateless and thread-safe.
 */
final class CriminalViolence {
    private CriminalViolence() {}

    /** What a sentence tells of organised crime, the stronger first. */
    enum Cue {
        /** It names criminal groups: their violence is theirs ("Unidentified Gang (Mexico)"). */
        ATTRIBUTED,
        /** It tells a killing done in organised crime's manner, by whom it does not say. */
        HALLMARK,
        NONE;

        /** The stronger of two cues. */
        Cue or(Cue other) {
            return ordinal() <= other.ordinal() ? this : other;
        }
    }

    /** Criminal groups named: gangs (not "gang-raped"), cartels, criminal groups, organised crime, narcos, hitmen. */
    private static final List<Pattern> ATTRIBUTIONS = patterns(
            "\\bgang(s|sters?)?\\b(?![- ]?rap)",
            "\\bcartels?\\b",
            "\\bcriminal (groups?|gangs?|organi[sz]ations?|cells?)\\b|\\borgani[sz]ed crime\\b|\\barmed criminals\\b",
            "\\bnarco",
            "\\bhitm[ae]n\\b|\\bsicarios?\\b");

    /** The manner of organised crime's killings. */
    private static final List<Pattern> HALLMARKS = patterns(
            "\\bdrive-by\\b",
            // Victims bound before they were killed.
            "\\b(tied|handcuffed|blindfolded|gagged)\\b|\\b(hands|feet|legs) bound\\b",
            // Bodies beheaded or cut up, and left to be found.
            "\\b(behead|decapitat|dismember|mutilat)\\w*|\\bhuman (remains|heads?)\\b|\\bsevered heads?\\b"
                    + "|\\b(his|her|their|the) heads? (was|were) found\\b",
            "\\bcoup de grace\\b|\\bexecution[- ]style\\b|\\bexecuted\\b|\\bback of (his|her|the|their) heads?\\b",
            "\\bthreatening messages?\\b|\\bmessages? (signed|left)\\b",
            "\\b(body|bodies|corpses?|remains)\\b[^.]{0,40}\\b(burned|burnt|charred)\\b"
                    + "|\\b(burned|burnt|charred) (body|bodies|corpses?|remains)\\b|\\bfound (half[- ])?(burned|burnt|charred)\\b");

    private static List<Pattern> patterns(String... regexes) {
        return java.util.Arrays.stream(regexes).map(r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE)).toList();
    }

    /** What {@code sentence} tells of organised crime. */
    static Cue of(String sentence) {
        if (ATTRIBUTIONS.stream().anyMatch(p -> p.matcher(sentence).find())) {
            return Cue.ATTRIBUTED;
        }
        return HALLMARKS.stream().anyMatch(p -> p.matcher(sentence).find()) ? Cue.HALLMARK : Cue.NONE;
    }
}
