package org.sitrep.eval;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CsvReaderTest {
    private static List<CsvReader.Row> rows(String csv) throws IOException {
        List<CsvReader.Row> rows = new ArrayList<>();
        try (CsvReader r = new CsvReader(new StringReader(csv))) {
            for (CsvReader.Row row = r.next(); row != null; row = r.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() throws IOException {
        List<CsvReader.Row> rows = rows("a,b,c\r\n1,\"x, \"\"y\"\"\r\nsecond line\n\nthird\",3\r\n4,5,6");

        assertThat(rows).extracting(CsvReader.Row::fields).containsExactly(
                List.of("a", "b", "c"),
                List.of("1", "x, \"y\"\r\nsecond line\n\nthird", "3"),
                List.of("4", "5", "6"));
        assertThat(rows).extracting(CsvReader.Row::line).containsExactly(1, 2, 6);
        assertThat(rows).allSatisfy(r -> assertThat(r.error()).isNull());
    }

    @Test
    void emptyFieldsBlankLinesAndAByteOrderMark() throws IOException {
        List<CsvReader.Row> rows = rows("\uFEFFa,,\"\"\n\n\r\n,\n");
        assertThat(rows).extracting(CsvReader.Row::fields).containsExactly(List.of("a", "", ""), List.of("", ""));
        assertThat(rows).extracting(CsvReader.Row::line).containsExactly(1, 4);
    }

    @Test
    void strayQuotesInsideAnUnquotedFieldAreText() throws IOException {
        assertThat(rows("5\" gun,\"ok\"x\n")).extracting(CsvReader.Row::fields).containsExactly(List.of("5\" gun", "okx"));
    }

    @Test
    void anUnclosedQuoteEndsTheInputWithAnError() throws IOException {
        List<CsvReader.Row> rows = rows("a,b\n1,\"never closed\n2,3\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).error()).isNull();
        assertThat(rows.get(1).error()).contains("line 2").contains("not closed");
        assertThat(rows.get(1).fields()).containsExactly("1", "never closed\n2,3\n");
    }

    @Test
    void oldMacLineBreaksAndNoFinalLineBreak() throws IOException {
        assertThat(rows("a\rb\r\"c\rd\"")).extracting(CsvReader.Row::fields)
                .containsExactly(List.of("a"), List.of("b"), List.of("c\rd"));
    }

    /** Seeded random fields written the RFC 4180 way read back unchanged. */
    @Test
    void randomFieldsRoundTrip() throws IOException {
        Random random = new Random(7);
        String alphabet = "ab ,\"\n\r\u00e9";
        List<List<String>> written = new ArrayList<>();
        StringBuilder csv = new StringBuilder();
        for (int r = 0; r < 200; r++) {
            List<String> fields = new ArrayList<>();
            for (int f = 0; f < 4; f++) {
                StringBuilder s = new StringBuilder();
                for (int i = random.nextInt(6); i > 0; i--) {
                    s.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                fields.add(s.toString());
                csv.append(f == 0 ? "" : ",").append('"').append(s.toString().replace("\"", "\"\"")).append('"');
            }
            csv.append("\r\n");
            written.add(fields);
        }
        assertThat(rows(csv.toString())).extracting(CsvReader.Row::fields).containsExactlyElementsOf(written);
    }
}
