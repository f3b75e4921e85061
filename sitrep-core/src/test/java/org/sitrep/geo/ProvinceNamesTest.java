package org.sitrep.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProvinceNamesTest {
    private static final ProvinceNames TABLE = ProvinceNames.of(List.of(
            "# comment", "", "SOM\tBanaadir\tBanadir", "CMR\tFar North\tExtreme-Nord"));

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            // the table, by GeoNames' name in any case or spelling NameKeys folds
            "SOM|Banaadir|Banadir",
            "SOM|banaadir|Banadir",
            "CMR|Far North|Extreme-Nord",
            // an administrative word GeoNames writes for some provinces only
            "TUN|Sousse Governorate|Sousse",
            "BGD|Rajshahi Division|Rajshahi",
            "HRV|County of Zadar|Zadar",
            "KEN|Nairobi Area|Nairobi",
            "CHL|Region of Magallanes|Magallanes",
            "COL|Departamento de Arauca|Arauca",
            // words that are part of the name as used stay
            "RUS|Rostov Oblast|Rostov Oblast",
            "UKR|Kyiv City|Kyiv City",
            "CHN|Ningxia Hui Autonomous Region|Ningxia Hui Autonomous Region",
            "AUS|Northern Territory|Northern Territory",
            // a table line is for its country only
            "KEN|Banaadir|Banaadir",
    })
    void namesOneProvince(String iso3, String geonamesName, String expected) {
        assertThat(TABLE.nameOf(iso3, geonamesName)).isEqualTo(expected);
    }

    @Test
    void dropsAnAdministrativeWordOnlyWhereNoOtherProvinceTakesTheName() {
        // "Maputo City" keeps its word ("City" is part of names as used), so the province may drop its own.
        assertThat(TABLE.renames("MOZ", Set.of("Maputo City", "Maputo Province", "Gaza", "Sofala Province")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("Maputo Province", "Maputo", "Sofala Province", "Sofala"));
        // A province already named so keeps the name to itself.
        assertThat(TABLE.renames("MOZ", Set.of("Maputo Province", "Maputo"))).isEmpty();
        // Two provinces that would both end up with one name keep theirs.
        assertThat(TABLE.renames("XXX", Set.of("Lima Province", "Lima Region"))).isEmpty();
        // A table line names its province even when that name is another GeoNames spelling of it.
        assertThat(TABLE.renames("SOM", Set.of("Banaadir", "Bay"))).containsExactlyEntriesOf(Map.of("Banaadir", "Banadir"));
    }

    @Test
    void noneRenamesNothing() {
        assertThat(ProvinceNames.NONE.nameOf("TUN", "Sousse Governorate")).isEqualTo("Sousse Governorate");
        assertThat(ProvinceNames.NONE.renames("TUN", Set.of("Sousse Governorate", "Tunis"))).isEmpty();
    }

    @Test
    void rejectsBadLines() {
        assertThatThrownBy(() -> ProvinceNames.of(List.of("SOM\tBanaadir")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SOM\tBanaadir");
        assertThatThrownBy(() -> ProvinceNames.of(List.of("SOM\tBanaadir\tBanadir", "SOM\tBANAADIR\tBenadir")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void theBundledTableLoads() {
        ProvinceNames bundled = ProvinceNames.bundled();
        assertThat(bundled.size()).isGreaterThan(50);
        assertThat(bundled.nameOf("SOM", "Lower Shabeelle")).isEqualTo("Lower Shabelle");
    }
}
