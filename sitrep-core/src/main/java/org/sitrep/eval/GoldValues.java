package org.sitrep.eval;

import org.sitrep.model.EventCategory;
import org.sitrep.model.EventType;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;

/** Parsing of the values gold files hold, shared by the readers; a bad value is a {@link BadRow}. */
final class GoldValues {
    private GoldValues() {}

    /**
     * ACLED's {@code 9-May-20}; two-digit years fall in 1950–2049 (ACLED's data start in 1997, so
     * {@code 97} must not become 2097). Also the four-digit-year and ISO forms of newer exports,
     * and {@code 9 May 2020}.
     */
    private static final List<DateTimeFormatter> DATE_FORMS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d-MMM-")
                    .appendValueReduced(ChronoField.YEAR, 2, 2, 1950).toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d-MMM-uuuu").toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMMM uuuu").toFormatter(Locale.ENGLISH));

    /** A date in one of the forms above; null for a blank value. */
    static LocalDate date(String value, String column) throws BadRow {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (DateTimeFormatter form : DATE_FORMS) {
            try {
                return LocalDate.parse(value.strip(), form);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw new BadRow(column + " '" + value + "' is not a date");
    }

    /** A count: a non-negative whole number, also written {@code 3.0}; null for a blank value. */
    static Integer count(String value, String column) throws BadRow {
        if (value == null || value.isBlank()) {
            return null;
        }
        double d;
        try {
            d = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRow(column + " '" + value + "' is not a number");
        }
        if (d < 0 || d != Math.rint(d) || d > Integer.MAX_VALUE) {
            throw new BadRow(column + " '" + value + "' is not a count");
        }
        return (int) d;
    }

    /** Coordinates; null when either is blank. */
    static LatLon latLon(String lat, String lon) throws BadRow {
        if (lat == null || lat.isBlank() || lon == null || lon.isBlank()) {
            return null;
        }
        try {
            return new LatLon(Double.parseDouble(lat.strip()), Double.parseDouble(lon.strip()));
        } catch (IllegalArgumentException e) {
            // NumberFormatException is an IllegalArgumentException too.
            throw new BadRow("coordinates '" + lat + "', '" + lon + "' are not a point: " + e.getMessage());
        }
    }

    /** An ACLED sub-event type by its label; null for a blank value. */
    static EventType subEventType(String value) throws BadRow {
        if (value == null || value.isBlank()) {
            return null;
        }
        return EventType.fromAcledName(value).orElseThrow(() -> new BadRow("unknown sub_event_type '" + value + "'"));
    }

    /** An ACLED event type by its label, case-insensitively; null for a blank value. */
    static EventCategory eventType(String value) throws BadRow {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (EventCategory c : EventCategory.values()) {
            if (c.acledName().equalsIgnoreCase(value.strip())) {
                return c;
            }
        }
        throw new BadRow("unknown event_type '" + value + "'");
    }
}
