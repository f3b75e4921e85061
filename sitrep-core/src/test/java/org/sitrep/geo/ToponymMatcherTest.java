package org.sitrep.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.Span;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** On the bundled gazetteer: what news text looks like, and what must not be taken for a place. */
class ToponymMatcherTest {
    private final ToponymMatcher matcher = new ToponymMatcher(Gazetteer.bundled());

    private List<String> names(String text) {
        return matcher.find(text).stream().map(ToponymMatch::text).toList();
    }

    @Test
    void findsPlacesNerMissesWithExactSpans() {
        String text = "Troops were sent to Qaim and to Deir Ezzor, then on to al-Qaim again.";
        List<ToponymMatch> matches = matcher.find(text);
        assertThat(matches).extracting(ToponymMatch::text).containsExactly("Qaim", "Deir Ezzor", "al-Qaim");
        for (ToponymMatch m : matches) {
            assertThat(m.span().of(text)).isEqualTo(m.text());
            assertThat(m.country()).isFalse();
        }
        assertThat(matches.get(1).span()).isEqualTo(new Span(32, 42));
    }

    @Test
    void marksCountries() {
        List<ToponymMatch> matches = matcher.find("Fighters crossed from Syria into Iraq with U.S. and UK backing.");
        assertThat(matches).extracting(ToponymMatch::text).containsExactly("Syria", "Iraq", "U.S.", "UK");
        assertThat(matches).allMatch(ToponymMatch::country);
    }

    @Test
    void longestNameWins() {
        assertThat(names("A blast hit New Delhi and Deir ez-Zor on Monday.")).containsExactly("New Delhi", "Deir ez-Zor");
    }

    @Test
    void namesAreSeparatedByPunctuation() {
        assertThat(names("He was seen in Mosul, Nineveh.")).containsExactly("Mosul", "Nineveh");
    }

    @Test
    void fragmentsOfUnknownCompoundsAreNotPlaces() {
        // "Tal Abita" is not in the gazetteer; neither "Tal" nor "Abita" alone is meant.
        assertThat(names("The man was taken in an operation aimed at Tal Abita (Nineveh).")).containsExactly("Nineveh");
        assertThat(names("Prime Minister Mustafa spoke.")).isEmpty();
    }

    @Test
    void pageFurnitureAndHeadingsAreNotPlaces() {
        assertThat(names("skip to Main Content\n\nBack To Top")).isEmpty();
    }

    @Test
    void demonymsAcronymsAndOrganisationsAreNotPlaces() {
        assertThat(names("The ISF and the SDF fought Islamic State militants with Iraqi Security Forces."))
                .isEmpty();
        assertThat(names("They moved along the line that divides Iraqi Kurdistan from the rest.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Of the eight men, three were freed.", "Police said the attack was repelled.",
            "Hit by a roadside bomb, the convoy stopped.", "Mobile phones were seized.",
            "On Monday, March 3, the talks began.", "May brought more attacks.", "President Smith said so.",
            "Kurdistan is tense.", "New attacks were reported."})
    void ordinaryCapitalisedWordsAreNotPlaces(String sentence) {
        assertThat(names(sentence)).isEmpty();
    }

    @Test
    void aCommonWordIsAPlaceInsideRunningText() {
        // Hit is a town in Anbar; mid-sentence, capitalised, and not used as a verb in this text.
        assertThat(names("Clashes were reported in Hit and Ramadi.")).containsExactly("Hit", "Ramadi");
        // Used as an ordinary word elsewhere in the same text: not trusted.
        assertThat(names("Clashes were reported in Hit. A mortar hit the base.")).isEmpty();
    }

    @Test
    void titleCaseLinesAreReadWithCare() {
        assertThat(names("Iraq, the ISF Target The ISIS Network In Anbar And Nineveh"))
                .containsExactly("Iraq", "Anbar", "Nineveh");
    }

    @Test
    void emptyAndNullText() {
        assertThat(matcher.find(null)).isEmpty();
        assertThat(matcher.find("")).isEmpty();
    }

    /** Seeded random text: spans always lie within the text and cover the reported words; never throws. */
    @Test
    void randomTextNeverThrows() {
        Random random = new Random(7L);
        String[] pieces = {"Al-", "al-", "Qaim", "Deir", " ", "  ", "Ezzor", "U.", "S.", ".", "\n", "Mosul", "'", "’",
                "-", "Tal", "Iraq", "of", "Bosnia", "and", "Herzegovina", "ال", "Ḩ", "\uD800", "\u0301", "x", "(", "New",
                "York", "Hit", "hit", "The"};
        for (int i = 0; i < 3000; i++) {
            StringBuilder s = new StringBuilder();
            int len = random.nextInt(30);
            for (int k = 0; k < len; k++) {
                s.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = s.toString();
            int previousEnd = 0;
            for (ToponymMatch m : matcher.find(text)) {
                assertThat(m.span().start()).isGreaterThanOrEqualTo(previousEnd);
                assertThat(m.span().of(text)).isEqualTo(m.text());
                previousEnd = m.span().end();
            }
        }
    }

    @Test
    void possessiveIsNotPartOfTheName() {
        assertThat(names("Graduates marched towards Baghdad's fortified Green Zone.")).containsExactly("Baghdad");
        assertThat(names("Fighting in Idlib’s south.")).containsExactly("Idlib");
    }

    @Test
    void aPlaceNameHeadingALongerCapitalisedNameIsNoPlace() {
        assertThat(names("The White Helmets civil defence group said so.")).isEmpty();
        assertThat(names("They stormed the Green Zone on Friday.")).isEmpty();
        // ... unless the next word says what kind of place it is.
        assertThat(names("Fighting spread across Nineveh Province and Gaza City.")).containsExactly("Nineveh", "Gaza City");
    }
}
