package org.sitrep.cli;

import org.sitrep.model.Event;
import org.sitrep.store.StoredEvent;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

/** A fixed-width table of events for the terminal, from stored events or from events a run just coded. */
final class EventTable {
    private static final String FORMAT = "%-10s  %-32s  %-28s  %-28s  %-30s  %5s %5s %5s%n";

    /** One line of the table. */
    record Row(LocalDate date, String subEventType, String actor1, String actor2, String location, String admin1,
               int fatalities, int injured, int arrested) {
        static Row of(StoredEvent e) {
            return new Row(e.date(), e.type().acledName(), e.actor1Name(), e.actor2Name(), e.locationText(), e.admin1(),
                    e.fatalities(), e.injured(), e.arrested());
        }

        static Row of(Event e) {
            var place = e.location() == null ? null : e.location().place();
            return new Row(e.date(), e.type().acledName(), e.actor1() == null ? null : e.actor1().name(),
                    e.actor2() == null ? null : e.actor2().name(), e.location() == null ? null : e.location().text(),
                    place == null ? null : place.admin1(), e.fatalities(), e.injured(), e.arrested());
        }
    }

    private EventTable() {}

    static void print(List<Row> rows, PrintWriter out) {
        out.printf(FORMAT, "date", "sub-event type", "actor1", "actor2", "location (admin1)", "dead", "inj", "arr");
        for (Row r : rows) {
            String where = r.location() == null ? null : r.location() + (r.admin1() == null ? "" : " (" + r.admin1() + ")");
            out.printf(FORMAT, r.date() == null ? "-" : r.date().toString(), cut(r.subEventType(), 32),
                    cut(r.actor1(), 28), cut(r.actor2(), 28), cut(where, 30), r.fatalities(), r.injured(), r.arrested());
        }
        out.flush();
    }

    private static String cut(String s, int width) {
        if (s == null) {
            return "-";
        }
        // Untrusted text from the web: no control characters reach the terminal.
        String clean = s.replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= width ? clean : clean.substring(0, width - 1) + "…";
    }
}
