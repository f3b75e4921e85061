package org.sitrep.cli;

import org.sitrep.model.EventCategory;
import org.sitrep.model.EventType;
import org.sitrep.store.EventQuery;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The event filters shared by {@code events} and {@code export}. */
final class FilterOptions {
    @Option(names = "--type", paramLabel = "TYPE", converter = TypeConverter.class,
            description = "ACLED sub-event type (\"Arrests\", \"Armed clash\") or event type (\"Battles\", \"Protests\").")
    TypeFilter type;

    @Option(names = "--actor", paramLabel = "TEXT", description = "Actor1 or actor2 name contains TEXT (case-insensitive).")
    String actor;

    @Option(names = "--admin1", paramLabel = "NAME", description = "Province (GeoNames admin1 name), case-insensitive.")
    String admin1;

    @Option(names = "--country", paramLabel = "ISO3", description = "Country of the event, ISO 3166-1 alpha-3 (e.g. IRQ).")
    String country;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First event day included.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last event day included.")
    LocalDate to;

    /** A sub-event type or a whole event type. */
    record TypeFilter(EventType type, EventCategory category) {}

    static final class TypeConverter implements CommandLine.ITypeConverter<TypeFilter> {
        @Override
        public TypeFilter convert(String value) {
            var sub = EventType.fromAcledName(value);
            if (sub.isPresent()) {
                return new TypeFilter(sub.get(), null);
            }
            for (EventType t : EventType.values()) {
                if (t.name().equalsIgnoreCase(value)) {
                    return new TypeFilter(t, null);
                }
            }
            for (EventCategory c : EventCategory.values()) {
                if (c.acledName().equalsIgnoreCase(value.trim()) || c.name().equalsIgnoreCase(value.trim())) {
                    return new TypeFilter(null, c);
                }
            }
            throw new CommandLine.TypeConversionException("unknown event type '" + value + "'; expected one of: "
                    + Arrays.stream(EventCategory.values()).map(EventCategory::acledName).collect(Collectors.joining(", "))
                    + ", or a sub-event type such as " + Arrays.stream(EventType.values()).limit(4)
                    .map(t -> "\"" + t.acledName() + "\"").collect(Collectors.joining(", ")));
        }
    }

    EventQuery.Builder toQuery(CommandLine cl) {
        if (country != null && !country.matches("[A-Za-z]{3}")) {
            throw new CommandLine.ParameterException(cl, "--country must be an ISO alpha-3 code such as IRQ, was '" + country + "'");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new CommandLine.ParameterException(cl, "--from " + from + " is after --to " + to);
        }
        return EventQuery.builder()
                .type(type == null ? null : type.type())
                .category(type == null ? null : type.category())
                .actor(actor)
                .admin1(admin1)
                .country(country == null ? null : country.toUpperCase(Locale.ROOT))
                .from(from)
                .to(to);
    }
}
