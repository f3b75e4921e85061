package org.sitrep.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateTest {
    private final Boilerplate defaults = Boilerplate.defaults();

    @Test
    void shippedListMatchesWholeLinesIgnoringCaseSpaceAndEdgePunctuation() {
        assertThat(defaults.isBoilerplate("skip to Main Content")).isTrue();
        assertThat(defaults.isBoilerplate("Skip to content")).isTrue();
        assertThat(defaults.isBoilerplate("  BACK   TO TOP ↑")).isTrue();
        assertThat(defaults.isBoilerplate("Share:")).isTrue();
        assertThat(defaults.isBoilerplate("Share on Facebook")).isTrue();
        assertThat(defaults.isBoilerplate("We use cookies to give you the best experience.")).isTrue();
    }

    @Test
    void realTextIsNotBoilerplate() {
        assertThat(defaults.isBoilerplate("Back to top, the soldiers climbed the hill.")).isFalse();
        assertThat(defaults.isBoilerplate("Share prices fell in Baghdad.")).isFalse();
        assertThat(defaults.isBoilerplate("Iraq, the ISF target the ISIS logistics network in Anbar and Nineveh")).isFalse();
        assertThat(defaults.isBoilerplate("")).isFalse();
        String longLine = "Share on the ground: " + "the militants held a share of the province for years, ".repeat(3);
        assertThat(defaults.isBoilerplate(longLine)).isFalse();
    }

    @Test
    void menusAreBoilerplate() {
        assertThat(defaults.isBoilerplate("Home | News | Iraq | Syria")).isTrue();
        assertThat(defaults.isBoilerplate("Home » World » Middle East")).isTrue();
        assertThat(defaults.isBoilerplate("Iraq | Attack on a base in Anbar kills two soldiers and wounds five")).isFalse();
    }

    @Test
    void userEntriesExtendTheList() {
        Boilerplate mine = defaults.plus(List.of("# a comment", "", "Read the full dossier", "Photo credit: *"));

        assertThat(mine.isBoilerplate("read the full dossier.")).isTrue();
        assertThat(mine.isBoilerplate("Photo credit: Reuters")).isTrue();
        assertThat(mine.isBoilerplate("Back To Top")).isTrue();
        assertThat(defaults.isBoilerplate("Read the full dossier")).isFalse();
        assertThat(Boilerplate.of(List.of("only this")).isBoilerplate("Back To Top")).isFalse();
    }
}
