package org.sitrep.eval;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 defines it: fields separated by commas, records by CRLF, LF or CR; a field
 * in double quotes may hold commas, line breaks and doubled quotes ({@code ""} for one {@code "}).
 *
 * <p>Lenient where files in the wild are: a quote inside an unquoted field, or text after a closing
 * quote, is kept as text. A blank line (a record of one empty field) is skipped. A leading byte
 * order mark is dropped. A quoted field still open at the end of the input ends the input: that last
 * record is returned with {@link Row#error()} set. Field counts are not checked here; the caller
 * knows how many columns it expects.
 *
 * <p>Not thread-safe: one reader, one thread. Closing it closes the underlying reader.
 */
public final class CsvReader implements Closeable {
    /**
     * One record.
     *
     * @param line 1-based line of the input on which the record starts
     * @param fields the fields, unquoted
     * @param error why the record is malformed, or null
     */
    public record Row(int line, List<String> fields, String error) {
        public Row {
            fields = List.copyOf(fields);
        }
    }

    private static final int NONE = -2;

    private final Reader in;
    private int line = 1;
    private int lookahead = NONE;
    private boolean started;
    private boolean done;

    public CsvReader(Reader in) {
        this.in = in instanceof BufferedReader ? in : new BufferedReader(in);
    }

    /**
     * A reader of a UTF-8 file. Bytes that are not UTF-8 become U+FFFD instead of failing the whole
     * file: one bad byte in a notes field should cost at most that row's text, not the evaluation.
     */
    public static CsvReader open(Path file) throws IOException {
        return new CsvReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8));
    }

    /** The next record, or null at the end of the input. */
    public Row next() throws IOException {
        while (!done) {
            Row row = readRecord();
            if (row == null) {
                return null;
            }
            boolean blank = row.error() == null && row.fields().size() == 1 && row.fields().get(0).isEmpty();
            if (!blank) {
                return row;
            }
        }
        return null;
    }

    private Row readRecord() throws IOException {
        int start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        // Only a quote that opens a field starts a quoted section; later quotes in it are text.
        boolean fieldStarted = false;
        boolean any = false;
        while (true) {
            int c = read();
            if (c == -1) {
                done = true;
                if (inQuotes) {
                    fields.add(field.toString());
                    return new Row(start, fields, "quoted field opened on line " + start + " is not closed before the end of the file");
                }
                if (!any) {
                    return null;
                }
                fields.add(field.toString());
                return new Row(start, fields, null);
            }
            any = true;
            if (inQuotes) {
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        field.append('"');
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (c == '\n' || (c == '\r' && peek() != '\n')) {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && !fieldStarted) {
                inQuotes = true;
                fieldStarted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                line++;
                fields.add(field.toString());
                return new Row(start, fields, null);
            } else {
                field.append((char) c);
                fieldStarted = true;
            }
        }
    }

    private int read() throws IOException {
        int c;
        if (lookahead != NONE) {
            c = lookahead;
            lookahead = NONE;
        } else {
            c = in.read();
        }
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                return read();
            }
        }
        return c;
    }

    private int peek() throws IOException {
        if (lookahead == NONE) {
            lookahead = in.read();
        }
        return lookahead;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
