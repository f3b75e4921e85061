package org.sitrep.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CountriesTest {
    private final Countries countries = Countries.bundled();

    @Test
    void codesResolveBothWays() {
        Country iraq = countries.byIso3("IRQ").orElseThrow();
        assertThat(iraq.iso2()).isEqualTo("IQ");
        assertThat(iraq.isoNumeric()).isEqualTo(368);
        assertThat(iraq.name()).isEqualTo("Iraq");
        assertThat(iraq.continent()).isEqualTo("AS");
        assertThat(countries.byIso2("iq")).contains(iraq);
        // Baghdad area, where the capital is.
        assertThat(iraq.lat()).isBetween(32.0, 35.0);
        assertThat(iraq.lon()).isBetween(43.0, 46.0);
        assertThat(countries.all()).hasSizeGreaterThan(240);
    }

    @ParameterizedTest
    @CsvSource({
            "US,USA", "U.S.,USA", "United States,USA", "USA,USA", "u.s.a.,USA", "America,USA",
            "Britain,GBR", "UK,GBR", "the United Kingdom,GBR",
            "DR Congo,COD", "Democratic Republic of the Congo,COD", "Congo,COG",
            "Ivory Coast,CIV", "Côte d'Ivoire,CIV", "Syria,SYR", "Turkey,TUR", "Türkiye,TUR",
            "iraq,IRQ", "IRAQ,IRQ", "the Netherlands,NLD", "Netherlands,NLD", "Palestine,PSE", "UAE,ARE"})
    void namesAndAliases(String name, String iso3) {
        assertThat(countries.byName(name)).map(Country::iso3).contains(iso3);
    }

    @ParameterizedTest
    @CsvSource({
            "Iraqi,IRQ", "Iraqis,IRQ", "Syrian,SYR", "Afghan,AFG", "Nigerian,NGA", "Somali,SOM", "Malian,MLI",
            "American,USA", "Russian,RUS", "Ukrainian,UKR", "Turkish,TUR", "Yemeni,YEM", "Libyan,LBY",
            "Pakistani,PAK", "Indian,IND", "Israeli,ISR", "Palestinian,PSE", "Egyptian,EGY", "Sudanese,SDN",
            "Swiss,CHE", "british,GBR"})
    void demonyms(String demonym, String iso3) {
        assertThat(countries.byDemonym(demonym)).map(Country::iso3).contains(iso3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kurdish", "Kurds", "Arab", "", " ", "Mosul", "Qaim"})
    void notADemonymOfOneCountry(String word) {
        assertThat(countries.byDemonym(word)).isEmpty();
    }

    @Test
    void unknownOrNullGiveEmpty() {
        assertThat(countries.byName(null)).isEmpty();
        assertThat(countries.byName("Atlantis")).isEmpty();
        assertThat(countries.byIso3(null)).isEmpty();
        assertThat(countries.byIso3("XXX")).isEmpty();
        assertThat(countries.byIso2("")).isEmpty();
        assertThat(countries.byDemonym(null)).isEmpty();
    }

    @Test
    void aDemonymOfAPartNamesThePartAndItsCountry() {
        assertThat(countries.byDemonym("English")).map(Country::iso3).contains("GBR");
        assertThat(countries.demonymPart("English")).contains("England");
        assertThat(countries.demonymPart("Scots")).isEmpty();
        assertThat(countries.demonymPart("British")).isEmpty();
        assertThat(countries.demonymPart(null)).isEmpty();
        List<String> rows = List.of("GB\tGBR\t826\tUnited Kingdom\tEU\t100\t54.0\t-2.0");
        Countries small = Countries.fromLines(rows, List.of(), List.of("Welsh\tGBR\tWales", "British\tGBR"));
        assertThat(small.demonymPart("welsh")).contains("Wales");
        assertThat(small.byDemonym("Welsh")).map(Country::iso3).contains("GBR");
        assertThat(small.demonymPart("British")).isEmpty();
    }

    @Test
    void everyDemonymAndAliasPointsAtAKnownCountry() {
        // fromLines throws on an unknown code, so loading the bundled table is the check.
        assertThat(Countries.bundled()).isSameAs(countries);
    }

    @Test
    void fromLinesRejectsAliasForUnknownCountry() {
        List<String> rows = List.of("IQ\tIRQ\t368\tIraq\tAS\t100\t33.3\t44.4");
        assertThatThrownBy(() -> Countries.fromLines(rows, List.of("ZZZ\tNowhere"), List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ZZZ");
        Countries small = Countries.fromLines(rows, List.of("IRQ\tMesopotamia"), List.of("Iraqi\tIRQ"));
        assertThat(small.byName("mesopotamia")).map(Country::iso3).contains("IRQ");
        assertThat(small.byDemonym("Iraqi")).map(Country::iso3).contains("IRQ");
    }
}
