package org.sitrep.export;

import org.sitrep.geo.Countries;
import org.sitrep.model.ActorType;
import org.sitrep.store.StoredEvent;
import org.sitrep.store.StoredEvidence;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * GDELT 2.0-style tables: the events table ({@link #EVENT_COLUMNS}, GDELT's 61 columns in GDELT's
 * order) and the mentions table ({@link #MENTION_COLUMNS}, 16 columns), tab-separated, one record
 * per line ending in LF, without a header line, as GDELT publishes its {@code .export.CSV} and
 * {@code .mentions.CSV} files; load them with GDELT's column lists. Immutable and thread-safe.
 *
 * <p>How sitrep fills GDELT's columns (a column not listed is empty: sitrep does not code it):
 * <ul>
 *   <li>{@code GLOBALEVENTID}: the number the ACLED export writes as {@code data_id}, derived from
 *       the event id, so the two exports of one event agree and re-exporting never changes it.</li>
 *   <li>{@code SQLDATE} ({@code YYYYMMDD}), {@code MonthYear}, {@code Year}, {@code FractionDate}
 *       (year + day of year ÷ days in the year, 4 decimals): the event day; all four empty for an
 *       undated event (sitrep never invents a day).</li>
 *   <li>Actors: {@code ActorNName} is the canonical (ACLED-style) name; {@code ActorNCountryCode}
 *       its country's ISO alpha-3 (CAMEO's country codes are ISO alpha-3); {@code ActorNType1Code}
 *       the CAMEO role of its ACLED family ({@link #cameoRole}); {@code ActorNCode} the two
 *       joined ({@code IRQMIL}).</li>
 *   <li>{@code IsRootEvent}: 1 when one of the evidence sentences opens its article.</li>
 *   <li>{@code EventCode} / {@code EventBaseCode} / {@code EventRootCode}: the sub-event type's
 *       CAMEO code ({@link org.sitrep.model.EventType#cameoCode()}), its first three and first two
 *       digits; {@code QuadClass} from the root: 01–05 verbal cooperation (1), 06–08 material
 *       cooperation (2), 09–13 verbal conflict (3), 14–20 material conflict (4). sitrep has no
 *       Goldstein weights nor tone: {@code GoldsteinScale} and {@code AvgTone} are empty.</li>
 *   <li>{@code NumMentions}: evidence sentences; {@code NumSources}, {@code NumArticles}: the
 *       event's own counts.</li>
 *   <li>{@code ActionGeo_*}: the event's place. Type 1 country, 2 US state, 3 US place, 4 place,
 *       5 province (GDELT's "world state"); {@code FullName} "place, province, country";
 *       {@code CountryCode} FIPS 10-4 ({@code fips-countries.tsv}, from GeoNames);
 *       {@code ADM1Code} the FIPS code alone for a country-level event, else empty (sitrep stores
 *       province names, not codes); {@code FeatureID} the GeoNames id. Actor geography is empty
 *       (type 0): sitrep places events, not actors.</li>
 *   <li>{@code DATEADDED}: when the event was stored ({@code YYYYMMDDHHMMSS}, UTC);
 *       {@code SOURCEURL}: the URL of the first evidence article that has one.</li>
 * </ul>
 *
 * <p>Mentions: one record per event and article, from the article's first evidence sentence:
 * {@code EventTimeDate} and {@code MentionTimeDate} the event's {@code DATEADDED},
 * {@code MentionType} 1 (web), {@code MentionSourceName} the outlet, {@code MentionIdentifier}
 * the URL (else the article id), {@code SentenceID} the 1-based sentence number,
 * {@code ActionCharOffset} the sentence's UTF-16 offset in the article text, actor offsets -1,
 * {@code InRawText} 1, {@code Confidence} the event's confidence in percent. Tabs and line breaks
 * inside text fields become spaces.
 */
public final class GdeltExporter {
    /** GDELT 2.0's event table columns, in GDELT's order. */
    public static final List<String> EVENT_COLUMNS = List.of(
            "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
            "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
            "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
            "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
            "DATEADDED", "SOURCEURL");

    /** GDELT 2.0's mentions table columns, in GDELT's order. */
    public static final List<String> MENTION_COLUMNS = List.of(
            "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
            "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
            "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras");

    static final String FIPS_RESOURCE = "fips-countries.tsv";

    private static final DateTimeFormatter SQLDATE = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final DateTimeFormatter DATEADDED =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Countries countries;
    private final Map<String, String> fipsByIso3;

    /** With the countries and FIPS codes bundled with sitrep. */
    public GdeltExporter() {
        this(Countries.bundled(), FipsHolder.BUNDLED);
    }

    GdeltExporter(Countries countries, Map<String, String> fipsByIso3) {
        if (countries == null || fipsByIso3 == null) {
            throw new IllegalArgumentException("countries and fipsByIso3 must not be null");
        }
        this.countries = countries;
        this.fipsByIso3 = Map.copyOf(fipsByIso3);
    }

    /** The events table as an {@link EventExporter}: one line per event. */
    public EventExporter eventsTable() {
        return (events, out) -> {
            for (StoredEvent e : events) {
                writeLine(out, eventRow(e));
            }
        };
    }

    /** The mentions table as an {@link EventExporter}: one line per event and evidence article. */
    public EventExporter mentionsTable() {
        return (events, out) -> {
            for (StoredEvent e : events) {
                for (List<String> row : mentionRows(e)) {
                    writeLine(out, row);
                }
            }
        };
    }

    List<String> eventRow(StoredEvent e) {
        List<String> row = new ArrayList<>(EVENT_COLUMNS.size());
        row.add(Long.toString(StableNumbers.of(e.id())));
        LocalDate date = e.date();
        if (date == null) {
            addEmpty(row, 4);
        } else {
            row.add(SQLDATE.format(date));
            row.add(String.format(Locale.ROOT, "%04d%02d", date.getYear(), date.getMonthValue()));
            row.add(Integer.toString(date.getYear()));
            row.add(String.format(Locale.ROOT, "%.4f", date.getYear() + (double) date.getDayOfYear() / date.lengthOfYear()));
        }
        addActor(row, e.actor1Name(), e.actor1Type(), e.actor1CountryIso3());
        addActor(row, e.actor2Name(), e.actor2Type(), e.actor2CountryIso3());
        row.add(e.evidence().stream().anyMatch(ev -> ev.sentence() == 0) ? "1" : "0");   // IsRootEvent
        String code = e.type().cameoCode();
        row.add(code);
        row.add(code.substring(0, 3));
        row.add(e.type().cameoRoot());
        row.add(Integer.toString(quadClass(e.type().cameoRoot())));
        row.add("");                                                                   // GoldsteinScale
        row.add(Integer.toString(e.evidence().size()));                                // NumMentions
        row.add(Integer.toString(e.numSources()));
        row.add(Integer.toString(e.numArticles()));
        row.add("");                                                                   // AvgTone
        addNoGeo(row);                                                                 // Actor1Geo_*
        addNoGeo(row);                                                                 // Actor2Geo_*
        addActionGeo(row, e);
        row.add(DATEADDED.format(e.storedAt()));
        row.add(e.evidence().stream().map(StoredEvidence::articleUrl).filter(u -> u != null).findFirst().orElse(""));
        return row;
    }

    List<List<String>> mentionRows(StoredEvent e) {
        Map<String, StoredEvidence> firstPerArticle = new LinkedHashMap<>();
        for (StoredEvidence ev : e.evidence()) {
            firstPerArticle.merge(ev.articleId(), ev, (a, b) -> a.sentence() <= b.sentence() ? a : b);
        }
        String id = Long.toString(StableNumbers.of(e.id()));
        String added = DATEADDED.format(e.storedAt());
        List<List<String>> rows = new ArrayList<>();
        for (StoredEvidence ev : firstPerArticle.values()) {
            String outlet = ev.outlet();
            rows.add(List.of(id, added, added, "1", outlet == null ? "" : outlet,
                    ev.articleUrl() != null ? ev.articleUrl() : ev.articleId(),
                    Integer.toString(ev.sentence() + 1), "-1", "-1", Integer.toString(ev.span().start()),
                    "1", Long.toString(Math.round(e.confidence() * 100)), "", "", "", ""));
        }
        return rows;
    }

    /**
     * The CAMEO role code of an ACLED actor family: state forces MIL, rebels REB, political and
     * identity militias UAF (unaligned armed forces), rioters and civilians CVL, protesters OPP
     * (opposition, as GDELT codes demonstrators without another role); external/other forces
     * have no single role (empty).
     */
    static String cameoRole(ActorType type) {
        if (type == null) {
            return "";
        }
        return switch (type) {
            case STATE_FORCES -> "MIL";
            case REBEL_GROUP -> "REB";
            case POLITICAL_MILITIA, IDENTITY_MILITIA -> "UAF";
            case RIOTERS, CIVILIANS -> "CVL";
            case PROTESTERS -> "OPP";
            case EXTERNAL -> "";
        };
    }

    static int quadClass(String cameoRoot) {
        int root = Integer.parseInt(cameoRoot);
        return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    }

    private static void addActor(List<String> row, String name, ActorType type, String countryIso3) {
        if (name == null) {
            addEmpty(row, 10);
            return;
        }
        String country = countryIso3 == null ? "" : countryIso3;
        String role = cameoRole(type);
        row.add(country + role);            // ActorNCode
        row.add(name);
        row.add(country);
        addEmpty(row, 4);                   // KnownGroupCode, EthnicCode, Religion1Code, Religion2Code
        row.add(role);                      // Type1Code
        addEmpty(row, 2);                   // Type2Code, Type3Code
    }

    private static void addNoGeo(List<String> row) {
        row.add("0");
        addEmpty(row, 7);
    }

    private void addActionGeo(List<String> row, StoredEvent e) {
        if (e.lat() == null || e.countryIso3() == null) {
            addNoGeo(row);
            return;
        }
        boolean country = e.admin1() == null;
        boolean province = !country && e.admin2() == null && e.admin1().equals(e.placeName());
        boolean us = "USA".equals(e.countryIso3());
        int type = country ? 1 : province ? (us ? 2 : 5) : (us ? 3 : 4);
        String fips = fipsByIso3.getOrDefault(e.countryIso3(), "");
        List<String> names = new ArrayList<>();
        if (!country) {
            if (!province && e.placeName() != null) {
                names.add(e.placeName());
            }
            names.add(e.admin1());
        }
        names.add(countries.byIso3(e.countryIso3()).map(c -> c.name()).orElse(e.countryIso3()));
        row.add(Integer.toString(type));
        row.add(String.join(", ", names));
        row.add(fips);
        row.add(country ? fips : "");       // ADM1Code
        row.add("");                        // ADM2Code
        row.add(String.format(Locale.ROOT, "%.4f", e.lat()));
        row.add(String.format(Locale.ROOT, "%.4f", e.lon()));
        row.add(e.geonameId() == null ? "" : Long.toString(e.geonameId()));
    }

    private static void addEmpty(List<String> row, int n) {
        for (int i = 0; i < n; i++) {
            row.add("");
        }
    }

    private static void writeLine(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write('\t');
            }
            // A tab or line break inside a field would shift every later column of the record.
            out.write(fields.get(i).replaceAll("[\\t\\r\\n]+", " "));
        }
        out.write('\n');
    }

    private static final class FipsHolder {
        // Loaded once, lazily, under the JVM's class-initialisation lock.
        static final Map<String, String> BUNDLED = fipsFromLines(BundledResources.lines(FIPS_RESOURCE));
    }

    /**
     * @param lines {@code ISO3<TAB>FIPS}; blank lines and lines starting with '#' are skipped
     * @throws IllegalArgumentException on a malformed line or a code listed twice
     */
    static Map<String, String> fipsFromLines(List<String> lines) {
        Map<String, String> fips = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != 2 || fields[0].length() != 3 || fields[1].length() != 2) {
                throw new IllegalArgumentException("expected 'ISO3<TAB>FIPS', was: " + line);
            }
            if (fips.put(fields[0], fields[1]) != null) {
                throw new IllegalArgumentException(fields[0] + " is listed twice");
            }
        }
        return fips;
    }
}
