package org.sitrep.server;

import org.sitrep.model.EventCategory;
import org.sitrep.model.EventType;
import org.sitrep.store.BoundingBox;
import org.sitrep.store.EventQuery;
import org.sitrep.store.EventSort;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the query parameters of the event endpoints into a validated {@link EventQuery}. Every
 * value is checked here and reaches the store only as a typed field, which the store binds as a
 * SQL parameter. Unknown parameters are ignored; a filter parameter given twice is refused.
 *
 * <p>Parameters: {@code from}, {@code to} (ISO dates), {@code type} (ACLED sub-event type, by label
 * such as {@code Armed clash} or by constant such as {@code ARMED_CLASH}), {@code category} (ACLED
 * event type, by label or constant), {@code actor}, {@code country} (ISO alpha-3), {@code admin1},
 * {@code bbox} ({@code minLon,minLat,maxLon,maxLat}), {@code q} (evidence text), {@code limit}
 * (1..{@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}), {@code offset} ({@code >= 0}) and
 * {@code sort} ({@code date}, {@code -date}, {@code fatalities}, {@code -fatalities}).
 *
 * <p>Stateless and thread-safe.
 */
public final class QueryParameters {
    /** The page size when {@code limit} is absent. */
    public static final int DEFAULT_LIMIT = 100;
    /** The largest {@code limit} accepted. */
    public static final int MAX_LIMIT = 1000;
    /** The longest text accepted for {@code actor}, {@code admin1} and {@code q}, in UTF-16 units. */
    public static final int MAX_TEXT = 200;

    /** The names of every parameter this class reads, in documentation order. */
    public static final List<String> NAMES = List.of("from", "to", "type", "category", "actor", "country", "admin1",
            "bbox", "q", "limit", "offset", "sort");

    private static final Pattern ISO3 = Pattern.compile("[A-Za-z]{3}");
    private static final Pattern DIGITS = Pattern.compile("[+]?\\d{1,10}");

    private QueryParameters() {}

    /**
     * The query the parameters describe, paged by {@code limit} and {@code offset}.
     *
     * @param params parameter name to its values in request order, as the server decoded them
     * @throws BadParameterException naming the first invalid parameter
     */
    public static EventQuery parse(Map<String, List<String>> params) {
        LocalDate from = date(params, "from");
        LocalDate to = date(params, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadParameterException("from", "from " + from + " is after to " + to);
        }
        EventType type = type(single(params, "type"));
        EventCategory category = category(single(params, "category"));
        if (type != null && category != null && type.category() != category) {
            throw new BadParameterException("type", "type '" + type.acledName() + "' is not of category '" + category.acledName() + "'");
        }
        String country = single(params, "country");
        if (country != null && !country.isEmpty() && !ISO3.matcher(country).matches()) {
            throw new BadParameterException("country", "country must be an ISO 3166-1 alpha-3 code such as IRQ");
        }
        BoundingBox bbox = null;
        String bboxText = single(params, "bbox");
        if (bboxText != null && !bboxText.isEmpty()) {
            try {
                bbox = BoundingBox.parse(bboxText);
            } catch (IllegalArgumentException e) {
                throw new BadParameterException("bbox", e.getMessage());
            }
        }
        EventSort sort = EventSort.DATE;
        String sortText = single(params, "sort");
        if (sortText != null) {
            try {
                sort = EventSort.parse(sortText);
            } catch (IllegalArgumentException e) {
                throw new BadParameterException("sort", e.getMessage());
            }
        }
        int limit = integer(params, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int offset = integer(params, "offset", 0, 0, Integer.MAX_VALUE);
        try {
            return EventQuery.builder()
                    .from(from).to(to).type(type).category(category)
                    .actor(text(params, "actor")).admin1(text(params, "admin1")).text(text(params, "q"))
                    .country(country == null ? null : country.toUpperCase(Locale.ROOT))
                    .bbox(bbox).sort(sort).limit(limit).offset(offset)
                    .build();
        } catch (IllegalArgumentException e) {
            // Every rule of EventQuery is checked above; this only guards against a rule added there later.
            throw new BadParameterException("query", e.getMessage());
        }
    }

    /** The one value of {@code name}, or null when absent; refuses repeats. */
    static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new BadParameterException(name, name + " must be given at most once");
        }
        return values.get(0);
    }

    private static LocalDate date(Map<String, List<String>> params, String name) {
        String value = single(params, name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() != 10) {
            throw new BadParameterException(name, name + " must be a date YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, name + " must be a date YYYY-MM-DD");
        }
    }

    private static String text(Map<String, List<String>> params, String name) {
        String value = single(params, name);
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new BadParameterException(name, name + " must be at most " + MAX_TEXT + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || Character.isSurrogate(c) && !validSurrogateAt(value, i)) {
                throw new BadParameterException(name, name + " must not contain control characters");
            }
        }
        return value;
    }

    private static boolean validSurrogateAt(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
    }

    private static int integer(Map<String, List<String>> params, String name, int absent, int min, int max) {
        String value = single(params, name);
        if (value == null || value.isEmpty()) {
            return absent;
        }
        if (!DIGITS.matcher(value).matches()) {
            throw new BadParameterException(name, name + " must be an integer in " + min + ".." + max);
        }
        long parsed = Long.parseLong(value);
        if (parsed < min || parsed > max) {
            throw new BadParameterException(name, name + " must be an integer in " + min + ".." + max + ", was " + parsed);
        }
        return (int) parsed;
    }

    /** A sub-event type by ACLED label ({@code Armed clash}) or constant ({@code ARMED_CLASH}); null when absent. */
    static EventType type(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var byLabel = EventType.fromAcledName(value.strip());
        if (byLabel.isPresent()) {
            return byLabel.get();
        }
        for (EventType t : EventType.values()) {
            if (t.name().equalsIgnoreCase(value.strip())) {
                return t;
            }
        }
        throw new BadParameterException("type", "unknown sub-event type; see /openapi.json for the names");
    }

    /** An event type by ACLED label ({@code Battles}) or constant ({@code BATTLES}); null when absent. */
    static EventCategory category(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (EventCategory c : EventCategory.values()) {
            if (c.acledName().equalsIgnoreCase(value.strip()) || c.name().equalsIgnoreCase(value.strip())) {
                return c;
            }
        }
        throw new BadParameterException("category", "unknown event type; see /openapi.json for the names");
    }
}
