package org.sitrep.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as pages and feeds write them. Accepted: {@code 2020-05-08}; ISO date-times
 * with or without offset or zone ({@code 2020-05-08T10:00:00+02:00}, {@code ...Z},
 * {@code ...+0200}, a space instead of {@code T}); RFC 1123 ({@code Fri, 8 May 2020 10:00:00 GMT});
 * {@code 8 May 2020}, {@code 8th May, 2020}, {@code May 8, 2020}, English month names or
 * abbreviations, optionally after a weekday. A date-time gives the calendar day in its own offset
 * (the day the outlet printed), not the UTC day. Years outside 1900–2100 are rejected as noise.
 * Stateless and thread-safe.
 */
final class Dates {
    private Dates() {}

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]+)\\.?,?\\s+(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("([A-Za-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern LEADING_WEEKDAY = Pattern.compile("^[A-Za-z]+,\\s*");
    private static final Pattern SPACE_BEFORE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d)");
    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10), Map.entry("november", 11),
            Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    static Optional<LocalDate> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = Text.normalizeSpace(raw);
        if (s.isEmpty() || s.length() > 64) {
            return Optional.empty();
        }
        LocalDate date = iso(s);
        if (date == null) {
            date = rfc1123(s);
        }
        if (date == null) {
            date = written(LEADING_WEEKDAY.matcher(s).replaceFirst(""));
        }
        return date != null && date.getYear() >= 1900 && date.getYear() <= 2100 ? Optional.of(date) : Optional.empty();
    }

    private static LocalDate iso(String s) {
        if (s.isEmpty() || !Character.isDigit(s.charAt(0))) {
            return null;
        }
        String t = SPACE_BEFORE_TIME.matcher(s).replaceFirst("$1T$2");
        if (t.indexOf('T') > 0) {
            t = OFFSET_WITHOUT_COLON.matcher(t).replaceFirst("$1:$2");
        }
        for (DateTimeFormatter f : new DateTimeFormatter[] {DateTimeFormatter.ISO_DATE_TIME, DateTimeFormatter.ISO_DATE}) {
            try {
                TemporalAccessor parsed = f.parse(t);
                return LocalDate.from(parsed);
            } catch (DateTimeException e) {
                // not this form; try the next
            }
        }
        return null;
    }

    private static LocalDate rfc1123(String s) {
        try {
            return LocalDate.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(s));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate written(String s) {
        Matcher m = DAY_MONTH_YEAR.matcher(s);
        if (m.matches()) {
            return of(m.group(3), m.group(2), m.group(1));
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.matches()) {
            return of(m.group(3), m.group(1), m.group(2));
        }
        return null;
    }

    private static LocalDate of(String year, String monthName, String day) {
        Integer month = MONTHS.get(monthName.toLowerCase(Locale.ROOT));
        if (month == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
