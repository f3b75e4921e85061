package org.sitrep.bench;

import org.sitrep.model.ActorType;
import org.sitrep.model.EventType;
import org.sitrep.store.EventStore;
import org.sitrep.store.StoreException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a DuckDB file of synthetic events that {@link EventStore#open} accepts and the API serves:
 * the store creates the schema, then one {@code INSERT ... SELECT} over {@code range(n)} per table
 * fills it in bulk (a million events take seconds, not the hours the row-by-row write path would).
 *
 * <p>The spread: {@link #COUNTRIES} 40 countries, skewed (the first ones have most events), each
 * with 6 to 30 provinces named {@code "<ISO3> province <k>"}; all 25 {@link EventType}s, skewed;
 * dates over the 3 years from {@link #FIRST_DAY}, rising with the row number as news is stored
 * (a week of jitter); actors from {@link #ACTORS} (actor2 absent in a third of the events);
 * fatalities mostly 0 with a long tail; one evidence sentence per event, three events per
 * article. Values derive from {@code hash(row)}, so a file of the same size is the same file.
 *
 * <p>Stateless; each call uses its own connection.
 */
public final class SyntheticEvents {
    /** The first event day; the last is 1,095 days later. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);
    /** Days covered by the events. */
    public static final int DAYS = 1095;

    /** ISO3 code, latitude and longitude of each country's middle, most frequent first. */
    static final List<Country> COUNTRIES = List.of(
            new Country("UKR", 49.0, 32.0), new Country("SYR", 35.0, 38.5), new Country("MMR", 21.0, 96.0),
            new Country("SDN", 15.5, 30.0), new Country("COD", -2.9, 23.6), new Country("NGA", 9.0, 8.0),
            new Country("IRQ", 33.0, 43.7), new Country("YEM", 15.6, 48.0), new Country("AFG", 34.0, 66.0),
            new Country("SOM", 5.1, 46.2), new Country("MLI", 17.5, -3.9), new Country("BFA", 12.3, -1.6),
            new Country("ETH", 9.1, 40.5), new Country("PAK", 30.0, 70.0), new Country("MEX", 23.6, -102.5),
            new Country("COL", 4.6, -74.1), new Country("BRA", -10.0, -52.0), new Country("IND", 22.0, 79.0),
            new Country("PHL", 12.9, 121.8), new Country("LBY", 27.0, 17.0), new Country("CMR", 5.7, 12.7),
            new Country("NER", 17.6, 8.1), new Country("SSD", 7.3, 30.0), new Country("CAF", 6.6, 20.9),
            new Country("MOZ", -18.7, 35.5), new Country("PSE", 31.9, 35.2), new Country("ISR", 31.0, 34.9),
            new Country("LBN", 33.9, 35.9), new Country("IRN", 32.4, 53.7), new Country("TUR", 39.0, 35.2),
            new Country("HTI", 19.0, -72.3), new Country("VEN", 6.4, -66.6), new Country("BGD", 23.7, 90.4),
            new Country("KEN", 0.0, 37.9), new Country("TCD", 15.5, 18.7), new Country("EGY", 26.8, 30.8),
            new Country("DZA", 28.0, 1.7), new Country("TUN", 34.0, 9.5), new Country("GEO", 42.3, 43.4),
            new Country("AZE", 40.1, 47.6));

    /** Actor names and their types. */
    static final List<ActorName> ACTORS = List.of(
            new ActorName("Military Forces", ActorType.STATE_FORCES), new ActorName("Police Forces", ActorType.STATE_FORCES),
            new ActorName("Border Guard", ActorType.STATE_FORCES), new ActorName("Republican Guard", ActorType.STATE_FORCES),
            new ActorName("Islamic State", ActorType.REBEL_GROUP), new ActorName("Al Shabaab", ActorType.REBEL_GROUP),
            new ActorName("JNIM", ActorType.REBEL_GROUP), new ActorName("Boko Haram", ActorType.REBEL_GROUP),
            new ActorName("Taliban", ActorType.REBEL_GROUP), new ActorName("M23", ActorType.REBEL_GROUP),
            new ActorName("Houthi Movement", ActorType.REBEL_GROUP), new ActorName("Rapid Support Forces", ActorType.REBEL_GROUP),
            new ActorName("Wagner Group", ActorType.EXTERNAL), new ActorName("Hezbollah", ActorType.POLITICAL_MILITIA),
            new ActorName("Popular Mobilization Forces", ActorType.POLITICAL_MILITIA), new ActorName("Imbonerakure", ActorType.POLITICAL_MILITIA),
            new ActorName("Fulani Ethnic Militia", ActorType.IDENTITY_MILITIA), new ActorName("Dozo Militia", ActorType.IDENTITY_MILITIA),
            new ActorName("Communal Militia", ActorType.IDENTITY_MILITIA), new ActorName("Clan Militia", ActorType.IDENTITY_MILITIA),
            new ActorName("Rioters", ActorType.RIOTERS), new ActorName("Protesters", ActorType.PROTESTERS),
            new ActorName("Students", ActorType.PROTESTERS), new ActorName("Labour Group", ActorType.PROTESTERS),
            new ActorName("Civilians", ActorType.CIVILIANS), new ActorName("Journalists", ActorType.CIVILIANS),
            new ActorName("Health Workers", ActorType.CIVILIANS), new ActorName("Refugees", ActorType.CIVILIANS),
            new ActorName("Unidentified Armed Group", ActorType.REBEL_GROUP), new ActorName("Coalition Forces", ActorType.EXTERNAL));

    /** One country of the synthetic spread. */
    record Country(String iso3, double lat, double lon) {}

    /** One actor of the synthetic list. */
    record ActorName(String name, ActorType type) {}

    /**
     * What {@link #create} wrote.
     *
     * @param dbFile the file
     * @param events events written
     * @param seconds wall seconds of the whole write, schema and checkpoint included
     * @param bytes size of the file afterwards
     */
    public record Generated(Path dbFile, long events, double seconds, long bytes) {}

    private SyntheticEvents() {}

    /**
     * Creates {@code dbFile} with {@code events} synthetic events, their evidence and articles.
     *
     * @throws IllegalArgumentException if the file exists already or {@code events < 1}
     * @throws StoreException if DuckDB fails
     */
    public static Generated create(Path dbFile, long events) {
        if (events < 1) {
            throw new IllegalArgumentException("events must be >= 1, was " + events);
        }
        if (Files.exists(dbFile)) {
            throw new IllegalArgumentException("will not overwrite the existing file " + dbFile);
        }
        long start = System.nanoTime();
        EventStore.open(dbFile).close(); // the store's own schema, version row included
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + dbFile.toAbsolutePath());
             Statement statement = connection.createStatement()) {
            createLookups(connection, statement);
            statement.execute(insertEvents(events));
            statement.execute(insertEvidence(events));
            statement.execute(insertArticles(events));
            statement.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw new StoreException("cannot write synthetic events to " + dbFile + ": " + e.getMessage(), e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        try {
            return new Generated(dbFile, events, seconds, Files.size(dbFile));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + dbFile, e);
        }
    }

    private static void createLookups(Connection connection, Statement statement) throws SQLException {
        statement.execute("CREATE TEMP TABLE syn_countries (idx INTEGER, iso3 VARCHAR, lat DOUBLE, lon DOUBLE, provinces INTEGER)");
        statement.execute("CREATE TEMP TABLE syn_types (idx INTEGER, event_type VARCHAR, sub_event_type VARCHAR,"
                + " plover_type VARCHAR, plover_mode VARCHAR, cameo_root VARCHAR)");
        statement.execute("CREATE TEMP TABLE syn_actors (idx INTEGER, name VARCHAR, type VARCHAR)");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO syn_countries VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < COUNTRIES.size(); i++) {
                Country c = COUNTRIES.get(i);
                insert.setInt(1, i);
                insert.setString(2, c.iso3());
                insert.setDouble(3, c.lat());
                insert.setDouble(4, c.lon());
                insert.setInt(5, 6 + (i * 7) % 25);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO syn_types VALUES (?, ?, ?, ?, ?, ?)")) {
            EventType[] types = EventType.values();
            for (int i = 0; i < types.length; i++) {
                insert.setInt(1, i);
                insert.setString(2, types[i].category().acledName());
                insert.setString(3, types[i].acledName());
                insert.setString(4, types[i].ploverType());
                insert.setString(5, types[i].ploverMode());
                insert.setString(6, types[i].cameoRoot());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO syn_actors VALUES (?, ?, ?)")) {
            for (int i = 0; i < ACTORS.size(); i++) {
                insert.setInt(1, i);
                insert.setString(2, ACTORS.get(i).name());
                insert.setString(3, ACTORS.get(i).type().name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** A uniform double in [0, 1) from row {@code i} and a salt. */
    private static String u(int salt) {
        return "((hash(i * 97 + " + salt + ") % 1000003) / 1000003.0)";
    }

    private static String insertEvents(long n) {
        int countries = COUNTRIES.size();
        int types = EventType.values().length;
        int actors = ACTORS.size();
        String p = "(1 + CAST(floor(pow(r.u_prov, 1.5) * c.provinces) AS INTEGER))";
        return "INSERT INTO events (id, event_type, sub_event_type, actor1_name, actor1_type, actor1_country,"
                + " actor2_name, actor2_type, actor2_country, location_text, place_name, geoname_id, lat, lon,"
                + " country_iso3, admin1, admin2, geo_precision, event_date, time_precision, fatalities, injured,"
                + " arrested, confidence, num_articles, num_sources, plover_type, plover_mode, cameo_root, stored_at)"
                + " SELECT 'syn-' || substr(md5(CAST(r.i AS VARCHAR)), 1, 20),"
                + " t.event_type, t.sub_event_type,"
                + " a1.name, a1.type, c.iso3,"
                + " CASE WHEN r.u_a2 < 0.33 THEN NULL ELSE a2.name END,"
                + " CASE WHEN r.u_a2 < 0.33 THEN NULL ELSE a2.type END,"
                + " CASE WHEN r.u_a2 < 0.33 THEN NULL ELSE c.iso3 END,"
                + " 'near town ' || " + p + " || '-' || r.town || ', ' || c.iso3, 'Town ' || " + p + " || '-' || r.town,"
                + " 1000000 + r.i, least(90, greatest(-90, c.lat + (r.u_lat - 0.5) * 6)),"
                + " least(180, greatest(-180, c.lon + (r.u_lon - 0.5) * 6)),"
                + " c.iso3, c.iso3 || ' province ' || " + p + ", c.iso3 || ' district ' || " + p + " || '-' || (r.town % 7),"
                + " 1 + CAST(floor(r.u_prec * 3) AS INTEGER),"
                + " DATE '" + FIRST_DAY + "' + CAST(greatest(0, least(" + (DAYS - 1) + ", floor(r.i * " + DAYS + ".0 / " + n
                + ") + floor(r.u_day * 15) - 7)) AS INTEGER),"
                + " 1 + CAST(floor(r.u_tp * r.u_tp * 3) AS INTEGER),"
                + " CAST(floor(pow(r.u_fat, 6) * 250) AS INTEGER), CAST(floor(pow(r.u_inj, 5) * 60) AS INTEGER),"
                + " CAST(floor(pow(r.u_arr, 8) * 40) AS INTEGER), round(0.5 + r.u_conf * 0.5, 3),"
                + " 1 + CAST(floor(pow(r.u_art, 3) * 6) AS INTEGER), 1 + CAST(floor(pow(r.u_art, 3) * 3) AS INTEGER),"
                + " t.plover_type, t.plover_mode, t.cameo_root,"
                + " TIMESTAMP '" + FIRST_DAY + " 00:00:00' + to_seconds(CAST(floor(r.i * " + (DAYS * 86_400L) + ".0 / " + n + ") AS BIGINT))"
                + " FROM (SELECT i, " + u(1) + " AS u_a2, " + u(2) + " AS u_lat, " + u(3) + " AS u_lon, "
                + u(4) + " AS u_prec, " + u(5) + " AS u_day, " + u(6) + " AS u_tp, " + u(7) + " AS u_fat, "
                + u(8) + " AS u_inj, " + u(9) + " AS u_arr, " + u(10) + " AS u_conf, " + u(11) + " AS u_art, "
                + "CAST(floor(pow(" + u(12) + ", 2) * " + countries + ") AS INTEGER) AS ci, "
                + "CAST(floor(pow(" + u(13) + ", 1.6) * " + types + ") AS INTEGER) AS ti, "
                + "CAST(floor(pow(" + u(14) + ", 1.5) * " + actors + ") AS INTEGER) AS a1i, "
                + "CAST(floor(" + u(15) + " * " + actors + ") AS INTEGER) AS a2i, "
                + u(16) + " AS u_prov, CAST(hash(i * 97 + 17) % 40 AS INTEGER) AS town"
                + " FROM range(" + n + ") AS r(i)) r"
                + " JOIN syn_countries c ON c.idx = r.ci"
                + " JOIN syn_types t ON t.idx = r.ti"
                + " JOIN syn_actors a1 ON a1.idx = r.a1i"
                + " JOIN syn_actors a2 ON a2.idx = r.a2i"
                + " ORDER BY r.i";
    }

    private static String insertEvidence(long n) {
        return "INSERT INTO evidence (event_id, article_id, sentence, span_start, span_end, text)"
                + " SELECT e.id, 'art-' || lpad(CAST(CAST(floor(row_number() OVER (ORDER BY e.stored_at, e.id) / 3) AS BIGINT) AS VARCHAR), 9, '0'),"
                + " CAST(hash(e.id) % 12 AS INTEGER), 0, 40,"
                + " coalesce(e.actor1_name, 'Unknown') || ' reported ' || lower(e.sub_event_type) || ' ' || e.location_text"
                + " || ' with ' || e.fatalities || ' killed.'"
                + " FROM events e";
    }

    private static String insertArticles(long n) {
        return "INSERT INTO articles (id, url, source, title, published_on, language, text, ingested_at)"
                + " SELECT ev.article_id, 'https://news.example/' || ev.article_id, 'news.example',"
                + " 'Report ' || ev.article_id, min(e.event_date), 'en', string_agg(ev.text, ' '), min(e.stored_at)"
                + " FROM evidence ev JOIN events e ON e.id = ev.event_id GROUP BY ev.article_id";
    }
}
