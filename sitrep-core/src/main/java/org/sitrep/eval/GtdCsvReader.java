package org.sitrep.eval;

import org.sitrep.model.Article;
import org.sitrep.model.EventType;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the Global Terrorism Database's CSV export as gold: one row is one document, its
 * {@code summary} the text, with one gold event. The incident day ({@code iyear}, {@code imonth},
 * {@code iday}) is given to the pipeline as the publication day, as a same-day report would carry
 * it; GTD writes 0 for an unknown month or day, and then no date is given. The date is not scored.
 *
 * <p>Gold fields: the sub-event type from {@code attacktype1_txt} (and for bombings {@code suicide}
 * and {@code weapsubtype1_txt}, optional) by {@link #toAcled} (its event type follows), {@code nkill} as fatalities (not scored when blank, i.e. unknown, or fractional, a
 * share of a multi-part attack's dead), {@code gname} as actor1
 * ({@code Unknown}: not scored), {@code provstate} as admin1 ({@code Unknown}: not scored),
 * {@code latitude}/{@code longitude}. Actor2 is not scored: GTD names targets, not actors.
 *
 * <p>A bad row is skipped and reported, as in {@link AcledCsvReader}. Stateless and thread-safe.
 */
public final class GtdCsvReader {
    static final List<String> REQUIRED = List.of("eventid", "iyear", "imonth", "iday", "provstate", "latitude",
            "longitude", "summary", "suicide", "attacktype1_txt", "targtype1_txt", "gname", "nkill");

    private final DocumentArticles articles = new DocumentArticles();

    /**
     * GTD's attack type as an ACLED sub-event type — the judgement of a coder reading GTD's
     * categories with ACLED's codebook:
     * <table>
     * <tr><th>attacktype1_txt</th><th>ACLED sub-event type</th></tr>
     * <tr><td>Bombing/Explosion</td><td>Suicide bomb when {@code suicide} = 1; else by the weapon
     *     ({@code weapsubtype1_txt}), as ACLED's codebook splits what GTD calls one type: Projectile
     *     (rockets, mortars, RPGs, etc.) → Shelling/artillery/missile attack, Grenade → Grenade; else
     *     (or without the column) Remote explosive/landmine/IED</td></tr>
     * <tr><td>Armed Assault</td><td>Armed clash when {@code targtype1_txt} is Military or Police (two armed sides), else Attack</td></tr>
     * <tr><td>Assassination</td><td>Attack</td></tr>
     * <tr><td>Unarmed Assault</td><td>Attack</td></tr>
     * <tr><td>Hostage Taking (Kidnapping), Hostage Taking (Barricade Incident), Hijacking</td><td>Abduction/forced disappearance</td></tr>
     * <tr><td>Facility/Infrastructure Attack</td><td>Looting/property destruction</td></tr>
     * <tr><td>Unknown (or blank)</td><td>none: the type is not scored</td></tr>
     * </table>
     *
     * @throws IllegalArgumentException for an attack type outside this table
     */
    public static Optional<EventType> toAcled(String attackType, boolean suicide, String targetType, String weaponSubtype) {
        String attack = attackType == null ? "" : attackType.strip().toLowerCase(Locale.ROOT);
        String target = targetType == null ? "" : targetType.strip().toLowerCase(Locale.ROOT);
        String weapon = weaponSubtype == null ? "" : weaponSubtype.strip().toLowerCase(Locale.ROOT);
        return switch (attack) {
            case "bombing/explosion" -> Optional.of(suicide ? EventType.SUICIDE_BOMB
                    : weapon.startsWith("projectile") ? EventType.SHELLING_ARTILLERY_MISSILE
                    : weapon.equals("grenade") ? EventType.GRENADE
                    : EventType.REMOTE_EXPLOSIVE);
            case "armed assault" -> Optional.of(target.equals("military") || target.equals("police") ? EventType.ARMED_CLASH : EventType.ATTACK);
            case "assassination", "unarmed assault" -> Optional.of(EventType.ATTACK);
            case "hostage taking (kidnapping)", "hostage taking (barricade incident)", "hijacking" -> Optional.of(EventType.ABDUCTION);
            case "facility/infrastructure attack" -> Optional.of(EventType.LOOTING_PROPERTY_DESTRUCTION);
            case "unknown", "" -> Optional.empty();
            default -> throw new IllegalArgumentException("unknown attacktype1_txt '" + attackType + "'");
        };
    }

    /**
     * @throws GoldFormatException when the file lacks a required column
     * @throws IOException when the file cannot be read
     */
    public GoldSet read(Path file) throws IOException {
        return CsvColumns.readAll(file, "a GTD CSV", REQUIRED, this::document);
    }

    private GoldDocument document(CsvColumns c, CsvReader.Row row, String where) throws BadRow {
        EventType subEventType;
        try {
            String suicide = c.get(row, "suicide");
            subEventType = toAcled(c.get(row, "attacktype1_txt"), suicide.equals("1") || suicide.equals("1.0"),
                    c.get(row, "targtype1_txt"), c.get(row, "weapsubtype1_txt")).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new BadRow(e.getMessage());
        }
        ReferenceEvent gold = ReferenceEvent.builder(where)
                .subEventType(subEventType)
                .actor1(known(c.get(row, "gname")))
                .admin1(known(c.get(row, "provstate")))
                .location(GoldValues.latLon(c.get(row, "latitude"), c.get(row, "longitude")))
                .fatalities(nkill(c.get(row, "nkill")))
                .build();
        LocalDate day = day(c.get(row, "iyear"), c.get(row, "imonth"), c.get(row, "iday"));
        Article article = articles.article(where, c.get(row, "summary"), day).required();
        String id = c.get(row, "eventid");
        return new GoldDocument(id.isEmpty() ? where : id, article, List.of(gold));
    }

    /**
     * Fatalities; null (not scored) when blank, and when fractional: GTD divides the dead of a
     * multi-part attack among its incidents (1.33 each), a count no article states.
     */
    private static Integer nkill(String value) throws BadRow {
        try {
            double d = Double.parseDouble(value);
            if (d >= 0 && d != Math.rint(d)) {
                return null;
            }
        } catch (NumberFormatException e) {
            // blank or not a number: GoldValues.count decides
        }
        return GoldValues.count(value, "nkill");
    }

    /** GTD writes "Unknown" where it does not know a value: not scored. */
    private static String known(String value) {
        return value.isEmpty() || value.equalsIgnoreCase("unknown") ? null : value;
    }

    /** The incident day; null when GTD does not know the month or day (0), or the three do not make a date. */
    private static LocalDate day(String year, String month, String day) throws BadRow {
        Integer y = GoldValues.count(year, "iyear");
        Integer m = GoldValues.count(month, "imonth");
        Integer d = GoldValues.count(day, "iday");
        if (y == null || m == null || d == null || y == 0 || m == 0 || d == 0) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            throw new BadRow("iyear/imonth/iday " + y + "/" + m + "/" + d + " is not a date");
        }
    }
}
