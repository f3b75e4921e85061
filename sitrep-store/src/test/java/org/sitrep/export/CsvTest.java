package org.sitrep.export;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {
    @Test
    void onlyFieldsThatNeedItAreQuoted() {
        assertThat(Csv.quote("plain text")).isEqualTo("plain text");
        assertThat(Csv.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.quote("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(Csv.quote("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.quote(null)).isEmpty();
    }

    @Test
    void seededRandomRecordsParseBackUnchanged() throws IOException {
        Random random = new Random(4180L);
        String alphabet = "ab ,\"\r\n;'=é";
        for (int round = 0; round < 500; round++) {
            List<String> fields = new ArrayList<>();
            int n = 1 + random.nextInt(6);
            for (int f = 0; f < n; f++) {
                StringBuilder field = new StringBuilder();
                int length = random.nextInt(8);
                for (int c = 0; c < length; c++) {
                    field.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                fields.add(field.toString());
            }
            StringWriter out = new StringWriter();
            Csv.writeRecord(out, fields);
            assertThat(CsvParser.parse(out.toString())).as("round %d: %s", round, fields).containsExactly(fields);
        }
    }
}
