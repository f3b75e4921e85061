package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header of a CSV gold file: column names (trimmed, case-insensitive) to positions. Columns are
 * found by name, so a file with its columns in another order, or with extra ones, still reads.
 */
final class CsvColumns {
    private final Map<String, Integer> index;
    private final int width;

    private CsvColumns(Map<String, Integer> index, int width) {
        this.index = index;
        this.width = width;
    }

    /**
     * @param format the format's name for the message ("ACLED CSV")
     * @throws GoldFormatException naming the file and every missing column when a required one is absent
     */
    static CsvColumns of(CsvReader.Row header, String file, String format, List<String> required) throws GoldFormatException {
        if (header == null) {
            throw new GoldFormatException(file + ": empty file, not " + format);
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            index.putIfAbsent(header.fields().get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = new ArrayList<>();
        for (String column : required) {
            if (!index.containsKey(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw new GoldFormatException(file + ": not " + format + ": the header lacks the column(s) " + String.join(", ", missing));
        }
        return new CsvColumns(index, header.fields().size());
    }

    /** Throws when the row is malformed or does not have the header's number of fields. */
    void check(CsvReader.Row row) throws BadRow {
        if (row.error() != null) {
            throw new BadRow("malformed CSV: " + row.error());
        }
        if (row.fields().size() != width) {
            throw new BadRow(row.fields().size() + " fields where the header has " + width);
        }
    }

    /** The row's value in {@code column}, trimmed; "" when the file has no such column. */
    String get(CsvReader.Row row, String column) {
        Integer i = index.get(column);
        return i == null || i >= row.fields().size() ? "" : row.fields().get(i).strip();
    }

    /** Makes one gold document of a CSV row; a row it cannot use is a {@link BadRow}. */
    @FunctionalInterface
    interface RowReader {
        GoldDocument document(CsvColumns columns, CsvReader.Row row, String where) throws BadRow;
    }

    /**
     * Reads a gold CSV: its header must have {@code required}; each row becomes a document, or a
     * skipped row named {@code file:line} with the reason.
     *
     * @param kind what the file should be, for the error message ("an ACLED CSV")
     * @throws GoldFormatException when the file lacks a required column
     * @throws IOException when the file cannot be read
     */
    static GoldSet readAll(Path file, String kind, List<String> required, RowReader reader) throws IOException {
        String name = String.valueOf(file.getFileName());
        GoldSet.Collector out = new GoldSet.Collector();
        try (CsvReader csv = CsvReader.open(file)) {
            CsvColumns columns = CsvColumns.of(csv.next(), file.toString(), kind, required);
            for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
                String where = name + ":" + row.line();
                try {
                    columns.check(row);
                    out.add(reader.document(columns, row, where));
                } catch (BadRow e) {
                    out.skip(where + ": " + e.getMessage());
                }
            }
        }
        return out.build();
    }
}
