package org.sitrep.geo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.Place;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Builds a gazetteer from the hand-written GeoNames fixture and reads it back. */
class GazetteerBuilderTest {
    @TempDir
    static Path out;
    static GazetteerBuilder.Stats stats;
    static Gazetteer gazetteer;

    static Path fixtureDir() throws URISyntaxException {
        return Path.of(GazetteerBuilderTest.class.getResource("geonames-fixture/cities.txt").toURI()).getParent();
    }

    @BeforeAll
    static void build() throws URISyntaxException {
        stats = GazetteerBuilder.build(fixtureDir(), "cities.txt", out,
                List.of("USA\tU.S.", "TUR\tTürkiye"));
        gazetteer = Gazetteer.read(out.resolve(GazetteerBuilder.GAZETTEER_FILE));
    }

    @Test
    void countsWhatItWrote() {
        // 14 fixture places, one of them in a country countryInfo lacks.
        assertThat(stats.places()).isEqualTo(13);
        // Halabja Governorate has no places, so no centroid and no row.
        assertThat(stats.provinces()).isEqualTo(9);
        assertThat(stats.districts()).isEqualTo(5);
        assertThat(stats.countries()).isEqualTo(5);
        assertThat(gazetteer.size()).isEqualTo(13 + 9 + 5 + 5);
    }

    @Test
    void placesCarryAsciiNamesAndAdminNames() {
        Place haditha = only(gazetteer.candidates("Haditha"), "IRQ", "PPLA2");
        assertThat(haditha.name()).isEqualTo("Hadithah");
        assertThat(haditha.admin1()).isEqualTo("Al Anbar");
        assertThat(haditha.admin2()).isEqualTo("Haditha District");
        assertThat(haditha.population()).isEqualTo(30925);
        assertThat(haditha.lat()).isCloseTo(34.13661, within(1e-5));
    }

    @Test
    void provincesAreAtTheMiddleOfTheirPlacesAndNameThemselves() {
        Place anbar = gazetteer.province("IRQ", "Al Anbar").orElseThrow();
        assertThat(anbar.featureCode()).isEqualTo("ADM1");
        assertThat(anbar.admin1()).isEqualTo("Al Anbar");
        assertThat(anbar.admin2()).isNull();
        assertThat(anbar.geonameId()).isEqualTo(99592);
        // The middle of the extent of Haditha, Al Qa'im and Hit: Hit is southernmost and easternmost, Al Qa'im
        // northernmost and westernmost. (Not their mean, which leans toward where most places are.)
        assertThat(anbar.lat()).isCloseTo((34.39251 + 33.63664) / 2, within(1e-4));
        assertThat(anbar.lon()).isCloseTo((40.98945 + 42.82768) / 2, within(1e-4));
        assertThat(anbar.population()).isEqualTo(30925 + 31901);
        assertThat(gazetteer.province("IRQ", "Halabja Governorate")).isEmpty();
    }

    @Test
    void districtsBelongToTheirProvince() {
        Place district = only(gazetteer.candidates("Haditha district"), "IRQ", "ADM2");
        assertThat(district.admin1()).isEqualTo("Al Anbar");
        assertThat(district.admin2()).isEqualTo("Haditha District");
        assertThat(district.lat()).isCloseTo(34.13661, within(1e-4));
    }

    @Test
    void countriesArePlacesAtTheirMiddle() {
        Place iraq = gazetteer.country("irq").orElseThrow();
        assertThat(iraq.featureCode()).isEqualTo("PCLI");
        assertThat(iraq.geonameId()).isEqualTo(99237);
        // From country-centers.tsv (Natural Earth), not Baghdad's 33.34N 44.40E.
        assertThat(iraq.lat()).isCloseTo(33.0396, within(1e-4));
        assertThat(iraq.lon()).isCloseTo(43.7436, within(1e-4));
        assertThat(gazetteer.candidates("U.S.")).extracting(Place::countryIso3).containsExactly("USA");
        assertThat(gazetteer.candidates("Türkiye")).extracting(Place::featureCode).containsExactly("PCLI");
        // Antarctica has no middle in country-centers.tsv (its polygon wraps the pole), no places and no
        // capital: the built-in fallback point.
        assertThat(gazetteer.country("ATA").orElseThrow().lat()).isEqualTo(-75.0);
    }

    @Test
    void writesACountryTableTheCountriesClassReads() throws IOException {
        List<String> lines = Files.readAllLines(out.resolve(Countries.COUNTRIES_RESOURCE));
        Countries countries = Countries.fromLines(lines, List.of(), List.of("Iraqi\tIRQ"));
        Country syria = countries.byIso2("SY").orElseThrow();
        assertThat(syria.iso3()).isEqualTo("SYR");
        assertThat(syria.isoNumeric()).isEqualTo(760);
        assertThat(syria.lat()).isCloseTo(35.0254, within(1e-4));
        assertThat(syria.population()).isEqualTo(16906283);
        assertThat(countries.byDemonym("iraqis")).map(Country::iso3).contains("IRQ");
    }

    @Test
    void alternateNamesAreFiltered() {
        // Kept: Latin and Arabic script names.
        assertThat(gazetteer.candidates("Al Mawsil")).extracting(Place::name).contains("Mosul");
        assertThat(gazetteer.candidates("الموصل")).extracting(Place::name).contains("Mosul");
        // Dropped: Cyrillic, Chinese, codes, links, lower-case romanisations.
        assertThat(gazetteer.candidates("Мосул")).isEmpty();
        assertThat(gazetteer.candidates("摩苏尔")).isEmpty();
        assertThat(gazetteer.candidates("OSM")).isEmpty();
        assertThat(gazetteer.candidates("HDT")).isEmpty();
        assertThat(gazetteer.candidates("hdytht")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Haditha", "Al Hadithah", "حديثة", "Tal Afar", "Qa'im"})
    void keepsUsefulAlternateNames(String name) {
        assertThat(PlaceKeys.keepAlternateName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"BGW", "ORBI", "hdytht", "mo su er", "Мосул", "摩苏尔", "http://x.org/Mosul", "Mosul 2", "", " ",
            "Mosulالموصل"})
    void dropsUselessAlternateNames(String name) {
        assertThat(PlaceKeys.keepAlternateName(name)).isFalse();
    }

    @Test
    void rejectsAFileOfAnotherKeyVersion() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write((GazetteerBuilder.HEADER_PREFIX + (NameKeys.VERSION + 1) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> Gazetteer.read(new ByteArrayInputStream(bytes.toByteArray()), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key version");
    }

    @Test
    void rejectsAMalformedLine() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write((GazetteerBuilder.HEADER_PREFIX + NameKeys.VERSION + "\n1\tX\tnot-a-number\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> Gazetteer.read(new ByteArrayInputStream(bytes.toByteArray()), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
    }

    @Test
    void aliasesOnlyReachTheirCountry() throws IOException {
        Gazetteer withAlias;
        try (var in = Files.newInputStream(out.resolve(GazetteerBuilder.GAZETTEER_FILE))) {
            withAlias = Gazetteer.read(in, List.of("# comment", "Hadeetha\tHaditha\tIRQ", "Nowhere\tUnknown\tIRQ"));
        }
        assertThat(withAlias.candidates("Hadeetha")).extracting(Place::countryIso3).containsOnly("IRQ").isNotEmpty();
        assertThat(withAlias.candidates("Nowhere")).isEmpty();
    }

    @Test
    void aRenamedProvinceNamesItsPlacesAndIsFoundByBothNames() throws IOException {
        Gazetteer renamed;
        try (var in = Files.newInputStream(out.resolve(GazetteerBuilder.GAZETTEER_FILE))) {
            renamed = Gazetteer.read(in, List.of(), ProvinceNames.of(List.of("IRQ\tNineveh\tNinawa")));
        }
        assertThat(renamed.candidates("Mosul")).filteredOn(p -> p.countryIso3().equals("IRQ"))
                .extracting(Place::admin1).containsOnly("Ninawa");
        Place province = renamed.province("IRQ", "Ninawa").orElseThrow();
        assertThat(province.name()).isEqualTo("Ninawa");
        assertThat(renamed.province("IRQ", "Nineveh")).contains(province);
        assertThat(renamed.candidates("Ninawa")).contains(province);
        assertThat(renamed.candidates("Nineveh")).contains(province);
        // The same country's other provinces and the namesake province elsewhere keep their names.
        assertThat(renamed.province("IRQ", "Al Anbar")).isPresent();
        assertThat(renamed.candidates("Nineveh")).extracting(Place::admin1).contains("Indiana");
    }

    static Place only(List<Place> places, String iso3, String featureCode) {
        List<Place> matching = places.stream()
                .filter(p -> p.countryIso3().equals(iso3) && p.featureCode().equals(featureCode)).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }
}
