package org.sitrep.cli;

import org.sitrep.store.StoredEvent;

import java.io.PrintWriter;
import java.util.List;

/** A fixed-width table of events for the terminal. */
final class EventTable {
    private EventTable() {}

    static void print(List<StoredEvent> events, PrintWriter out) {
        String format = "%-10s  %-32s  %-28s  %-28s  %-30s  %5s %5s %5s%n";
        out.printf(format, "date", "sub-event type", "actor1", "actor2", "location (admin1)", "dead", "inj", "arr");
        for (StoredEvent e : events) {
            String where = e.locationText() == null ? "" : e.locationText()
                    + (e.admin1() == null ? "" : " (" + e.admin1() + ")");
            out.printf(format, e.date() == null ? "-" : e.date().toString(), cut(e.type().acledName(), 32),
                    cut(e.actor1Name(), 28), cut(e.actor2Name(), 28), cut(where, 30),
                    e.fatalities(), e.injured(), e.arrested());
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
