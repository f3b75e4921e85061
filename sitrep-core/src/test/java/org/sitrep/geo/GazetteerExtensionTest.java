package org.sitrep.geo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled gazetteer extended with the rows of the hand-written dump fixture. */
class GazetteerExtensionTest {
    static List<GeoNamesRow> rows;
    static Gazetteer extended;

    @BeforeAll
    static void extend() throws Exception {
        rows = new ArrayList<>();
        GeoNamesDump.read(GeoNamesDumpTest.fixture(), Countries.bundled(), rows::add);
        extended = Gazetteer.bundled().extendedWith(rows);
    }

    private static Place only(List<Place> places) {
        assertThat(places).hasSize(1);
        return places.get(0);
    }

    @Test
    void findsTheImportedVillageInsideTheBundledProvince() {
        Place talAbita = only(extended.candidates("Tal Abita"));
        assertThat(talAbita.geonameId()).isEqualTo(13999001L);
        assertThat(talAbita.countryIso3()).isEqualTo("IRQ");
        assertThat(talAbita.featureCode()).isEqualTo("PPL");
        assertThat(talAbita.lat()).isEqualTo(36.452);
        assertThat(talAbita.lon()).isEqualTo(42.987);
        Place bundledNineveh = Gazetteer.bundled().province("IRQ", "Nineveh").orElseThrow();
        assertThat(talAbita.admin1()).isEqualTo(bundledNineveh.admin1());
        assertThat(bundledNineveh.encloses(talAbita)).isTrue();
        Place bundledMosulDistrict = Gazetteer.bundled().candidates("Mosul").stream()
                .filter(Place::isDistrict).findFirst().orElseThrow();
        assertThat(talAbita.admin2()).isEqualTo(bundledMosulDistrict.admin2());
        assertThat(bundledMosulDistrict.encloses(talAbita)).isTrue();
    }

    @Test
    void alternateNamesAreKeyedAsTheBuilderKeysThem() {
        assertThat(only(extended.candidates("Tell Abitah")).geonameId()).isEqualTo(13999001L);
        assertThat(only(extended.candidates("Al Arij")).geonameId()).isEqualTo(13999002L);
        assertThat(only(extended.candidates("تل عبيطة")).geonameId()).isEqualTo(13999001L);
        // A lower-case romanisation is not a name news write: the builder's filter drops it.
        assertThat(extended.candidates("tl abyth")).isEmpty();
    }

    @Test
    void aVillageWithoutDistrictCodeHasOnlyItsProvince() {
        Place arej = only(extended.candidates("Al-Arej"));
        assertThat(arej.admin1()).isEqualTo("Nineveh");
        assertThat(arej.admin2()).isNull();
        assertThat(arej.population()).isEqualTo(1200);
    }

    @Test
    void importedRowsReplaceBundledPlacesOfTheirGeonameid() {
        // Two villages added; Nineveh (ADM1) and Mosul (ADM2) replaced in place.
        assertThat(extended.size()).isEqualTo(Gazetteer.bundled().size() + 2);
        Place nineveh = extended.province("IRQ", "Nineveh").orElseThrow();
        assertThat(nineveh.geonameId()).isEqualTo(92877L);
        assertThat(nineveh.lat()).isEqualTo(36.0);
        assertThat(nineveh.admin1()).isEqualTo("Nineveh");
        assertThat(extended.candidates("Nineveh Governorate")).contains(nineveh);
        assertThat(nineveh.encloses(only(extended.candidates("Tal Abita")))).isTrue();
    }

    @Test
    void theBundledGazetteerIsUnchanged() {
        assertThat(Gazetteer.bundled().candidates("Tal Abita")).isEmpty();
        assertThat(Gazetteer.bundled().province("IRQ", "Nineveh").orElseThrow().lat()).isNotEqualTo(36.0);
    }

    @Test
    void aRowOfAnUnknownCountryIsSkipped() {
        GeoNamesRow nowhere = new GeoNamesRow(13999005L, "Nowhere Village", "Nowhere Village", "", 10, 10, "P", "PPL",
                "XX", "01", "", 0);
        Gazetteer g = Gazetteer.bundled().extendedWith(List.of(nowhere));
        assertThat(g.size()).isEqualTo(Gazetteer.bundled().size());
        assertThat(g.candidates("Nowhere Village")).isEmpty();
    }

    @Test
    void withoutAdmRowsDivisionNamesComeFromBundledPlacesOfTheSameCodes() {
        // A dump of populated places only (as cities500): Mosul city is bundled, so IQ.15 and IQ.15.9166649 get its names.
        GeoNamesRow mosul = new GeoNamesRow(99072L, "Mosul", "Mosul", "Al Mawsil", 36.335, 43.11889, "P", "PPLA", "IQ",
                "15", "9166649", 1683000);
        GeoNamesRow village = new GeoNamesRow(13999009L, "Khirbat Shams", "Khirbat Shams", "", 36.5, 43.0, "P", "PPL", "IQ",
                "15", "9166649", 0);
        Gazetteer g = Gazetteer.bundled().extendedWith(List.of(village, mosul));
        Place shams = only(g.candidates("Khirbet Shams"));
        assertThat(shams.admin1()).isEqualTo("Nineveh");
        assertThat(shams.admin2()).isEqualTo("Mosul");
        // A village of a code nothing names has no division rather than a wrong one.
        GeoNamesRow stray = new GeoNamesRow(13999010L, "Qaryat Stray", "Qaryat Stray", "", 36.5, 43.0, "P", "PPL", "IQ",
                "99", "", 0);
        Place strayPlace = only(Gazetteer.bundled().extendedWith(List.of(stray)).candidates("Qaryat Stray"));
        assertThat(strayPlace.admin1()).isNull();
        assertThat(strayPlace.countryIso3()).isEqualTo("IRQ");
    }
}
