package org.sitrep.export;

import java.util.Locale;
import java.util.Optional;

/**
 * The export formats, in one table: the name users type ({@code sitrep export --format},
 * {@code /api/export?format=}), the media type and file name a download is served with, and for
 * the text formats their {@link EventExporter}. Parquet ({@link ParquetExporter}) and GDELT's two
 * tables ({@link GdeltExporter}) are written to files, not to a text stream.
 */
public enum ExportFormat {
    ACLED("text/csv; charset=utf-8", "sitrep-events.csv"),
    PLOVER("application/x-ndjson; charset=utf-8", "sitrep-events.jsonl"),
    GEOJSON("application/geo+json; charset=utf-8", "sitrep-events.geojson"),
    PARQUET("application/vnd.apache.parquet", "sitrep-events.parquet"),
    /** Both tables: as a download, a zip of {@code sitrep.export.CSV} and {@code sitrep.mentions.CSV}. */
    GDELT("application/zip", "sitrep-gdelt.zip");

    private final String mediaType;
    private final String downloadName;

    ExportFormat(String mediaType, String downloadName) {
        this.mediaType = mediaType;
        this.downloadName = downloadName;
    }

    /** The name users type: {@code acled}, {@code plover}, {@code geojson}, {@code parquet}, {@code gdelt}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The HTTP content type of a download in this format. */
    public String mediaType() {
        return mediaType;
    }

    /** The file name a download in this format is saved as. */
    public String downloadName() {
        return downloadName;
    }

    /** A new exporter for a text format (ACLED, PLOVER, GeoJSON); empty for Parquet and GDELT. */
    public Optional<EventExporter> textExporter() {
        return switch (this) {
            case ACLED -> Optional.of(new AcledCsvExporter());
            case PLOVER -> Optional.of(new PloverJsonlExporter());
            case GEOJSON -> Optional.of(new GeoJsonExporter());
            case PARQUET, GDELT -> Optional.empty();
        };
    }

    /** The format a user's name stands for (case and surrounding blanks ignored), or empty. */
    public static Optional<ExportFormat> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip();
        for (ExportFormat f : values()) {
            if (f.label().equalsIgnoreCase(wanted)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
