package org.sitrep.export;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExportFormatTest {
    @Test
    void namesParseWhateverTheirCaseAndOnlyTextFormatsHaveATextExporter() {
        assertThat(ExportFormat.parse(" GeoJSON ")).contains(ExportFormat.GEOJSON);
        assertThat(ExportFormat.parse("gdelt")).contains(ExportFormat.GDELT);
        assertThat(ExportFormat.parse("csv")).isEmpty();
        assertThat(ExportFormat.parse(null)).isEmpty();
        assertThat(ExportFormat.ACLED.textExporter()).containsInstanceOf(AcledCsvExporter.class);
        assertThat(ExportFormat.PLOVER.textExporter()).containsInstanceOf(PloverJsonlExporter.class);
        assertThat(ExportFormat.GEOJSON.textExporter()).containsInstanceOf(GeoJsonExporter.class);
        assertThat(ExportFormat.PARQUET.textExporter()).isEmpty();
        assertThat(ExportFormat.GDELT.textExporter()).isEmpty();
        for (ExportFormat f : ExportFormat.values()) {
            assertThat(ExportFormat.parse(f.label())).contains(f);
            assertThat(f.downloadName()).startsWith("sitrep-");
        }
    }
}
