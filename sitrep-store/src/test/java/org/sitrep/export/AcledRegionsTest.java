package org.sitrep.export;

import org.junit.jupiter.api.Test;
import org.sitrep.geo.Countries;
import org.sitrep.geo.Country;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AcledRegionsTest {
    private static Country country(String iso3, String continent) {
        return new Country("XX", iso3, 1, "Somewhere", continent, 0, 0, 0);
    }

    @Test
    void listedCountriesTakeTheirTableRegion() {
        AcledRegions regions = AcledRegions.fromLines(List.of("# comment", "", "Middle East\tIRQ SYR", "Eastern Asia\tJPN"));
        assertThat(regions.regionOf(country("IRQ", "AS"))).isEqualTo("Middle East");
        assertThat(regions.regionOf(country("JPN", "AS"))).isEqualTo("Eastern Asia");
    }

    @Test
    void unlistedCountriesTakeTheirContinentsName() {
        AcledRegions regions = AcledRegions.fromLines(List.of("Middle East\tIRQ"));
        assertThat(regions.regionOf(country("FRA", "EU"))).isEqualTo("Europe");
        assertThat(regions.regionOf(country("BRA", "SA"))).isEqualTo("South America");
        assertThat(regions.regionOf(country("ZZZ", "QQ"))).isEqualTo("QQ");
    }

    @Test
    void aCodeListedTwiceIsAnError() {
        assertThatThrownBy(() -> AcledRegions.fromLines(List.of("Middle East\tIRQ", "Southern Asia\tIRQ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("IRQ");
    }

    @Test
    void theBundledTableCoversEveryAfricanAsianAndNorthAmericanCountry() {
        AcledRegions bundled = AcledRegions.bundled();
        List<String> continents = List.of("AF", "AS", "NA");
        List<String> uncovered = Countries.bundled().all().stream()
                .filter(c -> continents.contains(c.continent()))
                .filter(c -> !bundled.lists(c.iso3()))
                .map(Country::iso3).toList();
        assertThat(uncovered).isEmpty();
    }
}
