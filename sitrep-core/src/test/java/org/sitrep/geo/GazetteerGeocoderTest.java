package org.sitrep.geo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Location;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The Geocoder contract on the small fixture gazetteer, whose contents the test controls. */
class GazetteerGeocoderTest {
    @TempDir
    static Path dir;
    static GazetteerGeocoder geocoder;

    @BeforeAll
    static void build() {
        GeoFixture fixture = GeoFixture.build(dir);
        geocoder = new GazetteerGeocoder(fixture.gazetteer(), fixture.countries());
    }

    /** A query whose names stand one after another in an imagined text, so each has its own span. */
    static PlaceQuery query(String focus, String... names) {
        List<PlaceName> list = new ArrayList<>();
        int offset = 10;
        for (String name : names) {
            list.add(new PlaceName(name, new Span(offset, offset + name.length())));
            offset += name.length() + 2;
        }
        return new PlaceQuery(list, focus);
    }

    static Location locate(String focus, String... names) {
        return geocoder.locate(query(focus, names)).orElseThrow(() -> new AssertionError("no location for " + Arrays.toString(names)));
    }

    @Test
    void laterNamesPickTheNamesake() {
        // The Syrian Haditha is larger; the chain says Anbar.
        Location l = locate(null, "Haditha", "Anbar");
        assertThat(l.place().countryIso3()).isEqualTo("IRQ");
        assertThat(l.place().featureCode()).isEqualTo("PPLA2");
        assertThat(l.place().admin1()).isEqualTo("Al Anbar");
        assertThat(l.precision()).isEqualTo(1);
        assertThat(l.text()).isEqualTo("Haditha");
        assertThat(l.span()).isEqualTo(new Span(10, 17));
    }

    @Test
    void focusPicksTheNamesakeWhenTheTextDoesNot() {
        assertThat(locate("IRQ", "Haditha").place().countryIso3()).isEqualTo("IRQ");
        assertThat(locate("SYR", "Haditha").place().countryIso3()).isEqualTo("SYR");
        // No focus, no chain: the larger one.
        assertThat(locate(null, "Haditha").place().countryIso3()).isEqualTo("SYR");
    }

    @Test
    void unknownFirstNameFallsBackToTheProvince() {
        Location l = locate("IRQ", "Tal Abita", "Nineveh");
        assertThat(l.place().featureCode()).isEqualTo("ADM1");
        assertThat(l.place().admin1()).isEqualTo("Nineveh");
        assertThat(l.place().countryIso3()).isEqualTo("IRQ");
        assertThat(l.precision()).isEqualTo(3);
        assertThat(l.text()).isEqualTo("Tal Abita");
        assertThat(l.span()).isEqualTo(new Span(10, 19));
    }

    @Test
    void unknownVillageNearATownIsPrecisionTwoAtTheTown() {
        Location l = locate("IRQ", "Al-Arej", "Mosul", "Nineveh");
        assertThat(l.place().name()).isEqualTo("Mosul");
        assertThat(l.place().featureCode()).isEqualTo("PPLA");
        assertThat(l.precision()).isEqualTo(2);
        assertThat(l.text()).isEqualTo("Al-Arej");
    }

    @Test
    void articleAndApostropheVariantsResolve() {
        Location l = locate("IRQ", "Qaim");
        assertThat(l.place().name()).isEqualTo("Al Qa'im");
        assertThat(l.place().admin1()).isEqualTo("Al Anbar");
        assertThat(l.precision()).isEqualTo(1);
    }

    @Test
    void countryNamesAndDemonymsAreCountriesNeverTowns() {
        Location iraq = locate(null, "Iraq");
        assertThat(iraq.place().featureCode()).isEqualTo("PCLI");
        assertThat(iraq.precision()).isEqualTo(3);
        // A town in the fixture is called Turkey; the text means the country.
        assertThat(locate(null, "Turkey").place().featureCode()).isEqualTo("PCLI");
        assertThat(locate(null, "Turkey").place().countryIso3()).isEqualTo("TUR");
        assertThat(locate(null, "U.S.").place().countryIso3()).isEqualTo("USA");
        assertThat(locate("IRQ", "Syrian").place().countryIso3()).isEqualTo("SYR");
        assertThat(locate("SYR", "Iraqi").place()).satisfies(p -> {
            assertThat(p.countryIso3()).isEqualTo("IRQ");
            assertThat(p.isCountry()).isTrue();
        });
    }

    @Test
    void noNameGivesTheFocusCountry() {
        Location l = geocoder.locate(new PlaceQuery(List.of(), "IRQ")).orElseThrow();
        assertThat(l.place().isCountry()).isTrue();
        assertThat(l.place().countryIso3()).isEqualTo("IRQ");
        assertThat(l.precision()).isEqualTo(3);
        assertThat(l.text()).isEqualTo("Iraq");
        assertThat(l.span()).isNull();
    }

    @Test
    void nothingResolvableAndNoFocusGivesEmpty() {
        assertThat(geocoder.locate(query(null, "Tal Abita"))).isEmpty();
        assertThat(geocoder.locate(new PlaceQuery(List.of(), null))).isEmpty();
        // An unknown focus code is no focus.
        assertThat(geocoder.locate(query("XXX", "Tal Abita"))).isEmpty();
        assertThat(geocoder.locate(null)).isEmpty();
    }

    @Test
    void unknownNameWithFocusGivesTheCountryWithTheWrittenText() {
        Location l = locate("IRQ", "Tal Abita");
        assertThat(l.place().isCountry()).isTrue();
        assertThat(l.precision()).isEqualTo(3);
        assertThat(l.text()).isEqualTo("Tal Abita");
        assertThat(l.span()).isEqualTo(new Span(10, 19));
    }

    @Test
    void districtWordGivesTheSeatTownAtPrecisionTwo() {
        Location l = locate("IRQ", "the Haditha district", "Anbar");
        assertThat(l.place().name()).isEqualTo("Hadithah");
        assertThat(l.place().featureCode()).isEqualTo("PPLA2");
        assertThat(l.precision()).isEqualTo(2);
    }

    @Test
    void provinceWordGivesTheProvince() {
        Location l = locate("IRQ", "Nineveh province");
        assertThat(l.place().featureCode()).isEqualTo("ADM1");
        assertThat(l.precision()).isEqualTo(3);
        // Without the word and without focus, the province still beats the small US namesake.
        assertThat(locate(null, "Nineveh").place().countryIso3()).isEqualTo("IRQ");
        // With the US as focus, the town in Indiana.
        assertThat(locate("USA", "Nineveh").place().featureCode()).isEqualTo("PPL");
    }

    @Test
    void aProvinceNamedAfterItsCapitalIsTheCity() {
        Location l = locate(null, "Baghdad");
        assertThat(l.place().featureCode()).isEqualTo("PPLC");
        assertThat(l.precision()).isEqualTo(1);
        Location mosul = locate(null, "Mosul");
        assertThat(mosul.place().featureCode()).isEqualTo("PPLA");
    }

    @Test
    void aTownAsLaterNameGivesPrecisionTwo() {
        Location l = locate(null, "Somewhere Unknown", "Mosul");
        assertThat(l.place().name()).isEqualTo("Mosul");
        assertThat(l.precision()).isEqualTo(2);
    }

    @Test
    void chainWithAContradictionFallsToTheLaterName() {
        // Raqqa is not in Anbar: the first name is not consistent with the later one, so Anbar wins.
        Location l = locate(null, "Raqqa", "Anbar");
        assertThat(l.place().featureCode()).isEqualTo("ADM1");
        assertThat(l.place().admin1()).isEqualTo("Al Anbar");
        assertThat(l.precision()).isEqualTo(3);
        assertThat(l.text()).isEqualTo("Raqqa");
    }

    @Test
    void aCountryAsLaterNameConstrainsTheFirst() {
        assertThat(locate(null, "Haditha", "Iraq").place().countryIso3()).isEqualTo("IRQ");
    }

    @Test
    void capitalsWinOverLargerProvincesOfTheirName() {
        // Washington the capital, not Washington County.
        Place p = locate(null, "Washington").place();
        assertThat(p.featureCode()).isEqualTo("PPLC");
    }

    /** Seeded random queries: the geocoder returns something or nothing, never throws. */
    @Test
    void randomQueriesNeverThrow() {
        Random random = new Random(42L);
        String[] pieces = {"Al", "-", "Qa'im", "Haditha", "province", "district", "the", "Iraq", "Iraqi", " ", "ال",
                "Ḩ", "U.S.", "village of", "area", "Nineveh", "x", "'", "\u0000", "Turkey"};
        String[] foci = {null, "IRQ", "SYR", "XXX", "", "usa"};
        for (int i = 0; i < 3000; i++) {
            List<PlaceName> names = new ArrayList<>();
            int count = random.nextInt(4);
            for (int n = 0; n < count; n++) {
                StringBuilder s = new StringBuilder();
                int len = 1 + random.nextInt(4);
                for (int k = 0; k < len; k++) {
                    s.append(pieces[random.nextInt(pieces.length)]);
                }
                if (!s.toString().isBlank()) {
                    names.add(new PlaceName(s.toString(), random.nextBoolean() ? null : new Span(0, s.length())));
                }
            }
            Optional<Location> l = geocoder.locate(new PlaceQuery(names, foci[random.nextInt(foci.length)]));
            l.ifPresent(loc -> assertThat(loc.text()).isNotBlank());
        }
    }
}
