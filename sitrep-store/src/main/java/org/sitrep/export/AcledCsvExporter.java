package org.sitrep.export;

import org.sitrep.actors.AcledCountryNames;
import org.sitrep.geo.Countries;
import org.sitrep.geo.Country;
import org.sitrep.model.ActorType;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.StoredEvidence;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * ACLED's 31-column CSV ({@link #COLUMNS}, in ACLED's order), RFC 4180 quoting, CRLF line ends,
 * UTF-8 when the writer is. Immutable and thread-safe.
 *
 * <p>How sitrep fills ACLED's columns:
 * <ul>
 *   <li>{@code data_id} and {@code event_id_no_cnty}: one number derived from the event id (stable
 *       across runs); {@code event_id_cnty}: the ISO alpha-3 code followed by that number.</li>
 *   <li>{@code event_date}: ACLED's {@code d-MMM-yy} (e.g. {@code 9-May-20}); {@code year} and
 *       {@code time_precision} ({@link org.sitrep.model.DatePrecision#acledCode()}); all three
 *       empty when the event has no date.</li>
 *   <li>{@code inter1}/{@code inter2}: {@link ActorType#interCode()}, 0 for a missing actor, as
 *       ACLED writes; {@code interaction}: the two codes smaller first ({@code 12}, {@code 37}),
 *       a single actor's code times ten ({@code 60}).</li>
 *   <li>{@code iso} (numeric), {@code country} and {@code region} from the event's country via
 *       {@link Countries}, the name as ACLED writes it ({@link AcledCountryNames}); the region follows ACLED's 2020-era labels ({@code acled-regions.tsv}),
 *       falling back to the continent's name.</li>
 *   <li>{@code location}: the gazetteer place name, else the place text as written;
 *       {@code latitude}/{@code longitude} with exactly 4 decimals.</li>
 *   <li>{@code source}: the distinct outlets of the evidence articles (source, else URL host,
 *       else URL) joined by "; "; {@code notes}: the distinct evidence sentences joined by a
 *       space (runs of white space inside a sentence collapsed to one, so a note is one line of
 *       prose); {@code timestamp}: Unix seconds when the event row was stored.</li>
 *   <li>{@code assoc_actor_1}, {@code assoc_actor_2}, {@code admin3}, {@code source_scale}:
 *       empty, sitrep does not code them.</li>
 * </ul>
 * Cells are written as they are: a spreadsheet that evaluates a cell starting with {@code =} would
 * evaluate untrusted article text, so open the file as data, not as a workbook.
 */
public final class AcledCsvExporter implements EventExporter {
    /** ACLED's columns, in ACLED's order. */
    public static final List<String> COLUMNS = List.of(
            "data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year", "time_precision",
            "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
            "interaction", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
            "geo_precision", "source", "source_scale", "notes", "fatalities", "timestamp", "iso3");

    private static final DateTimeFormatter ACLED_DATE = DateTimeFormatter.ofPattern("d-MMM-yy", Locale.ENGLISH);

    private final Countries countries;
    private final AcledRegions regions;
    private final AcledCountryNames countryNames = AcledCountryNames.bundled();

    /** With the countries bundled with sitrep. */
    public AcledCsvExporter() {
        this(Countries.bundled());
    }

    public AcledCsvExporter(Countries countries) {
        if (countries == null) {
            throw new IllegalArgumentException("countries must not be null");
        }
        this.countries = countries;
        this.regions = AcledRegions.bundled();
    }

    @Override
    public void write(List<StoredEvent> events, Writer out) throws IOException {
        Csv.writeRecord(out, COLUMNS);
        for (StoredEvent event : events) {
            Csv.writeRecord(out, row(event));
        }
    }

    private List<String> row(StoredEvent e) {
        Optional<Country> country = countries.byIso3(e.countryIso3());
        String number = Long.toString(StableNumbers.of(e.id()));
        int inter1 = interCode(e.actor1Type());
        int inter2 = interCode(e.actor2Type());
        List<String> row = new ArrayList<>(COLUMNS.size());
        row.add(number);                                                        // data_id
        row.add(country.map(c -> Integer.toString(c.isoNumeric())).orElse(""));  // iso
        row.add(orEmpty(e.countryIso3()) + number);                             // event_id_cnty
        row.add(number);                                                        // event_id_no_cnty
        row.add(e.date() == null ? "" : ACLED_DATE.format(e.date()));           // event_date
        row.add(e.date() == null ? "" : Integer.toString(e.date().getYear()));  // year
        row.add(e.datePrecision() == null ? "" : Integer.toString(e.datePrecision().acledCode()));
        row.add(e.type().category().acledName());                               // event_type
        row.add(e.type().acledName());                                          // sub_event_type
        row.add(orEmpty(e.actor1Name()));
        row.add("");                                                            // assoc_actor_1
        row.add(Integer.toString(inter1));
        row.add(orEmpty(e.actor2Name()));
        row.add("");                                                            // assoc_actor_2
        row.add(Integer.toString(inter2));
        row.add(interaction(e.actor1Type(), e.actor2Type()));
        row.add(country.map(regions::regionOf).orElse(""));                     // region
        row.add(country.map(c -> countryNames.nameOf(c.iso3(), c.name())).orElse(""));  // country
        row.add(orEmpty(e.admin1()));
        row.add(orEmpty(e.admin2()));
        row.add("");                                                            // admin3
        row.add(e.placeName() != null ? e.placeName() : orEmpty(e.locationText()));
        row.add(e.lat() == null ? "" : fourDecimals(e.lat()));
        row.add(e.lon() == null ? "" : fourDecimals(e.lon()));
        row.add(e.geoPrecision() == null ? "" : Integer.toString(e.geoPrecision()));
        row.add(String.join("; ", outlets(e)));                                 // source
        row.add("");                                                            // source_scale
        row.add(String.join(" ", sentences(e)));                                // notes
        row.add(Integer.toString(e.fatalities()));
        row.add(Long.toString(e.storedAt().getEpochSecond()));                  // timestamp
        row.add(orEmpty(e.countryIso3()));
        return row;
    }

    /**
     * ACLED's interaction code: both actors' inter codes, smaller first ({@code 12}, {@code 37},
     * {@code 11}); one actor alone gives its code times ten ({@code 60}); no actor, the empty string.
     */
    static String interaction(ActorType actor1, ActorType actor2) {
        int a = interCode(actor1);
        int b = interCode(actor2);
        if (a == 0 && b == 0) {
            return "";
        }
        if (a == 0 || b == 0) {
            return Integer.toString(Math.max(a, b) * 10);
        }
        return Integer.toString(Math.min(a, b) * 10 + Math.max(a, b));
    }

    private static int interCode(ActorType type) {
        return type == null ? 0 : type.interCode();
    }

    private static List<String> outlets(StoredEvent e) {
        Set<String> outlets = new LinkedHashSet<>();
        for (StoredEvidence evidence : e.evidence()) {
            String outlet = evidence.outlet();
            if (outlet != null) {
                outlets.add(outlet);
            }
        }
        return List.copyOf(outlets);
    }

    private static List<String> sentences(StoredEvent e) {
        Set<String> sentences = new LinkedHashSet<>();
        for (StoredEvidence evidence : e.evidence()) {
            // Collapse line breaks so that a note reads as one paragraph, as ACLED's do.
            String text = evidence.text().strip().replaceAll("\\s+", " ");
            if (!text.isEmpty()) {
                sentences.add(text);
            }
        }
        return List.copyOf(sentences);
    }

    private static String fourDecimals(double degrees) {
        return String.format(Locale.ROOT, "%.4f", degrees);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
