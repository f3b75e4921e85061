package org.sitrep.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** RFC 4180 CSV writing: fields quoted when they hold a comma, quote, CR or LF; records end with CRLF. */
final class Csv {
    static final String RECORD_SEPARATOR = "\r\n";

    private Csv() {}

    static void writeRecord(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields.get(i)));
        }
        out.write(RECORD_SEPARATOR);
    }

    /** The field as RFC 4180 writes it; null is the empty field. */
    static String quote(String field) {
        if (field == null) {
            return "";
        }
        boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf('"') >= 0
                || field.indexOf('\r') >= 0 || field.indexOf('\n') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
