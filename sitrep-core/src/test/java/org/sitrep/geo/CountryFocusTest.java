package org.sitrep.geo;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CountryFocusTest {
    private final CountryFocus focus = new CountryFocus(Gazetteer.bundled());

    @Test
    void theCountryNamedAndWhosePlacesAreNamedWins() {
        String text = "Iraq, the ISF target the ISIS network in Anbar and Nineveh\n\n"
                + "Eight jihadists were captured in the two Iraqi provinces. Fighters crossed from Syria near Qaim; "
                + "others were taken on the road between Mosul and Baghdad.";
        assertThat(focus.focusIso3(text)).contains("IRQ");
    }

    @Test
    void placesAloneGiveTheFocus() {
        assertThat(focus.focusIso3("Clashes were reported in Aleppo, Idlib and Deir Ezzor.")).contains("SYR");
    }

    @Test
    void demonymsCount() {
        assertThat(focus.focusIso3("Somali troops and Somali police patrolled.")).contains("SOM");
    }

    @Test
    void moreMentionsWin() {
        assertThat(focus.focusIso3("Yemen said Yemen would talk to Oman.")).contains("YEM");
    }

    @Test
    void aSharedNameVotesMostForTheCountryWhereItIsProminent() {
        // A province and a city of about a million in Ukraine, a town of 50,000 in Russia.
        assertThat(focus.focusIso3("Shelling was reported near Donetsk.")).contains("UKR");
        assertThat(CountryFocus.prominence(new org.sitrep.model.Place(1, "A", 0, 0, "UKR", null, null, "PPLA", 900_000)))
                .isGreaterThan(CountryFocus.prominence(new org.sitrep.model.Place(2, "A", 0, 0, "RUS", null, null, "PPL", 50_000)));
    }

    @Test
    void noPlaceNoFocus() {
        assertThat(focus.focusIso3("The weather was fine and nothing happened.")).isEmpty();
        assertThat(focus.focusIso3("Kurdish fighters rested.")).isEmpty();
        assertThat(focus.focusIso3(null)).isEmpty();
        assertThat(focus.focusIso3("")).isEmpty();
    }

    @Test
    void randomTextNeverThrows() {
        Random random = new Random(99L);
        String[] pieces = {"Iraq", "Iraqi", "Syrian", " ", ".", "\n", "Mosul", "Kurdish", "x", "Al-", "U.S.", "é"};
        for (int i = 0; i < 500; i++) {
            StringBuilder s = new StringBuilder();
            int len = random.nextInt(20);
            for (int k = 0; k < len; k++) {
                s.append(pieces[random.nextInt(pieces.length)]);
            }
            focus.focusIso3(s.toString());
        }
    }
}
