/**
 * export: stored events written out for other tools. Text formats sit behind the one-method
 * {@link org.sitrep.export.EventExporter}: ACLED's 31-column CSV
 * ({@link org.sitrep.export.AcledCsvExporter}), PLOVER JSON Lines
 * ({@link org.sitrep.export.PloverJsonlExporter}), a GeoJSON FeatureCollection of the located
 * events ({@link org.sitrep.export.GeoJsonExporter}) and GDELT 2.0's events and mentions tables
 * ({@link org.sitrep.export.GdeltExporter}, one exporter per table). Parquet is binary and written
 * to a path ({@link org.sitrep.export.ParquetExporter}). Exporters are immutable and thread-safe,
 * leave the writer open; every field keeps the evidence that supports it.
 */
package org.sitrep.export;
