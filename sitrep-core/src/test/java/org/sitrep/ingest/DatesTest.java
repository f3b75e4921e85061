package org.sitrep.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2020-05-08|2020-05-08",
        "2020-05-08T10:15:30+02:00|2020-05-08",
        "2020-05-08T23:30:00-05:00|2020-05-08",
        "2020-05-08T10:15:30Z|2020-05-08",
        "2020-05-08T10:15:30.123Z|2020-05-08",
        "2020-05-08T10:15:30+0200|2020-05-08",
        "2020-05-08 10:15:30|2020-05-08",
        "2020-05-08T10:15:30|2020-05-08",
        "2020-05-08T10:15:30+02:00[Europe/Rome]|2020-05-08",
        "Fri, 8 May 2020 10:00:00 GMT|2020-05-08",
        "8 May 2020|2020-05-08",
        "08 may 2020|2020-05-08",
        "8th May, 2020|2020-05-08",
        "May 8, 2020|2020-05-08",
        "Sept. 1, 2021|2021-09-01",
        "Friday, 8 May 2020|2020-05-08",
        "  8   May   2020 |2020-05-08",
    })
    void readsCommonForms(String raw, String expected) {
        assertThat(Dates.parse(raw)).contains(LocalDate.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2020-13-01", "31 February 2020", "8 Mai 2020", "0001-01-01", "9999-12-31", "2020/05/08x", "12345"})
    void rejectsTheRest(String raw) {
        assertThat(Dates.parse(raw)).isEmpty();
    }
}
