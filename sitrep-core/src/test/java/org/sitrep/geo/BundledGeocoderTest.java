package org.sitrep.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Location;
import org.sitrep.model.Place;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.geo.GazetteerGeocoderTest.query;

/** The seed articles' places and the peers' known failures, on the bundled GeoNames gazetteer. */
class BundledGeocoderTest {
    private final GazetteerGeocoder geocoder = GazetteerGeocoder.bundled();
    private final Gazetteer gazetteer = Gazetteer.bundled();

    private Location locate(String focus, String... names) {
        return geocoder.locate(query(focus, names)).orElseThrow();
    }

    @Test
    void iraqiProvincesUseTheGoldsSpelling() {
        assertThat(gazetteer.province("IRQ", "Al Anbar")).map(Place::admin1).contains("Al Anbar");
        assertThat(gazetteer.province("IRQ", "Nineveh")).map(Place::admin1).contains("Nineveh");
        assertThat(gazetteer.province("IRQ", "Anbar")).map(Place::admin1).contains("Al Anbar");
    }

    @Test
    void hadithaInAnbar() {
        Location l = locate("IRQ", "Haditha", "Anbar");
        assertThat(l.place().admin1()).isEqualTo("Al Anbar");
        assertThat(l.place().featureCode()).startsWith("PPL");
        assertThat(l.precision()).isEqualTo(1);
        // The town, about 34.1N 42.4E.
        assertThat(l.place().lat()).isBetween(33.9, 34.4);
        assertThat(l.place().lon()).isBetween(42.1, 42.7);
    }

    @Test
    void talAbitaIsNineveh() {
        Location l = locate("IRQ", "Tal Abita", "Nineveh");
        assertThat(l.place().featureCode()).isEqualTo("ADM1");
        assertThat(l.place().admin1()).isEqualTo("Nineveh");
        assertThat(l.precision()).isEqualTo(3);
        assertThat(l.text()).isEqualTo("Tal Abita");
    }

    @Test
    void alArejIsNearMosul() {
        Location l = locate("IRQ", "Al-Arej", "Mosul", "Nineveh");
        assertThat(l.place().name()).isEqualTo("Mosul");
        assertThat(l.place().admin1()).isEqualTo("Nineveh");
        assertThat(l.precision()).isEqualTo(2);
        assertThat(l.text()).isEqualTo("Al-Arej");
    }

    @Test
    void qaimIsAlQaimInAnbar() {
        Location l = locate("IRQ", "Qaim");
        assertThat(l.place().name()).isEqualTo("Al Qa'im");
        assertThat(l.place().admin1()).isEqualTo("Al Anbar");
        assertThat(l.precision()).isEqualTo(1);
    }

    @Test
    void theHadithaDistrictOfAnbar() {
        Location l = locate("IRQ", "the Haditha district", "Anbar");
        assertThat(l.place().admin1()).isEqualTo("Al Anbar");
        assertThat(l.precision()).isEqualTo(2);
    }

    @Test
    void deirEzzorIsInSyria() {
        Location l = locate("IRQ", "Deir Ezzor");
        assertThat(l.place().countryIso3()).isEqualTo("SYR");
        assertThat(l.place().admin1()).isEqualTo("Deir ez-Zor");
    }

    @Test
    void iraqAndTheEmptyChain() {
        assertThat(locate(null, "Iraq").place().featureCode()).isEqualTo("PCLI");
        Location l = geocoder.locate(new PlaceQuery(List.of(), "IRQ")).orElseThrow();
        assertThat(l.place().countryIso3()).isEqualTo("IRQ");
        assertThat(l.precision()).isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource({"Turkey,TUR", "China,CHN", "Britain,GBR", "U.S.,USA", "US,USA", "Syria,SYR", "Syrian,SYR",
            "Iraqi,IRQ", "Russian,RUS", "DR Congo,COD", "Ivory Coast,CIV", "Georgia,GEO"})
    void countriesNeverBecomeTowns(String name, String iso3) {
        Place p = locate(null, name).place();
        assertThat(p.isCountry()).isTrue();
        assertThat(p.countryIso3()).isEqualTo(iso3);
    }

    @ParameterizedTest
    @CsvSource({"Baghdad,IRQ,PPLC", "Mosul,IRQ,PPLA", "Raqqa,SYR,PPLA", "Washington,USA,PPLC", "Paris,FRA,PPLC",
            "Kabul,AFG,PPLC", "Aleppo,SYR,PPLA"})
    void wellKnownCitiesWithoutFocus(String name, String iso3, String featureCode) {
        Place p = locate(null, name).place();
        assertThat(p.countryIso3()).isEqualTo(iso3);
        assertThat(p.featureCode()).isEqualTo(featureCode);
    }

    @Test
    void kurdishIsNoCountry() {
        assertThat(geocoder.locate(query(null, "Kurdish"))).isEmpty();
        assertThat(locate("IRQ", "Kurdish").place().countryIso3()).isEqualTo("IRQ");
    }

    @Test
    void aVillageAbroadIsNoEventPlaceWhenTheStoryIsElsewhere() {
        // "the Camp area of Khas Urozgan": no Camp in Afghanistan; Camp, Texas is a namesake, not the place.
        Location camp = locate("AFG", "Camp");
        assertThat(camp.place().countryIso3()).isEqualTo("AFG");
        assertThat(camp.place().isCountry()).isTrue();
        assertThat(camp.precision()).isEqualTo(3);
        // A large town or a capital abroad still may be ("Damascus" in a story about Iraq) …
        assertThat(locate("IRQ", "Damascus").place().countryIso3()).isEqualTo("SYR");
        // … and so may a village when the chain names its country.
        assertThat(GazetteerGeocoder.plausibleAbroad(locate(null, "Camp").place(), List.of(), "AFG")).isFalse();
        assertThat(GazetteerGeocoder.plausibleAbroad(locate(null, "Camp").place(), List.of(), null)).isTrue();
    }

    /** "Poonch district, J&K" is Indian Kashmir; "Azad Jammu and Kashmir" the Pakistani side (place-aliases.tsv). */
    @Test
    void kashmirAbbreviationsNameTheirSide() {
        assertThat(locate("IND", "Poonch district", "J&K").place().admin1()).isEqualTo("Jammu and Kashmir");
        assertThat(locate("PAK", "Bhimber district", "Azad Jammu and Kashmir").place().admin1()).isEqualTo("Azad Jammu and Kashmir");
        assertThat(new ToponymMatcher(gazetteer).find("across the LoC (Poonch district, J&K)."))
                .extracting(ToponymMatch::text).contains("J&K");
    }
}
