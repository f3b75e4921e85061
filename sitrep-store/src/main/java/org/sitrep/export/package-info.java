/**
 * export: stored events written out for other tools, each format behind the one-method
 * {@link org.sitrep.export.EventExporter}: ACLED's 31-column CSV
 * ({@link org.sitrep.export.AcledCsvExporter}), PLOVER JSON Lines
 * ({@link org.sitrep.export.PloverJsonlExporter}) and a GeoJSON FeatureCollection of the located
 * events ({@link org.sitrep.export.GeoJsonExporter}). Exporters are immutable and thread-safe,
 * write text and leave the writer open; every field keeps the evidence that supports it.
 */
package org.sitrep.export;
