package org.sitrep.cli;

import org.sitrep.model.Event;

import java.io.PrintWriter;
import java.util.List;

/** The events a run coded, as a terminal table (before they are read back from the store). */
final class ModelTable {
    private ModelTable() {}

    static void print(List<Event> events, PrintWriter out) {
        String format = "%-10s  %-32s  %-28s  %-28s  %-30s  %5s %5s %5s%n";
        out.printf(format, "date", "sub-event type", "actor1", "actor2", "location (admin1)", "dead", "inj", "arr");
        for (Event e : events) {
            String where = "-";
            if (e.location() != null) {
                where = e.location().text() + (e.location().place() != null && e.location().place().admin1() != null
                        ? " (" + e.location().place().admin1() + ")" : "");
            }
            out.printf(format, e.date() == null ? "-" : e.date().toString(), cut(e.type().acledName(), 32),
                    cut(e.actor1() == null ? null : e.actor1().name(), 28), cut(e.actor2() == null ? null : e.actor2().name(), 28),
                    cut(where, 30), e.fatalities(), e.injured(), e.arrested());
        }
        out.flush();
    }

    private static String cut(String s, int width) {
        if (s == null) {
            return "-";
        }
        String clean = s.replaceAll("\\p{Cntrl}", " ");
        return clean.length() <= width ? clean : clean.substring(0, width - 1) + "…";
    }
}
