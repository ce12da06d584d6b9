package org.annalist.cli;

import org.annalist.model.Actor;
import org.annalist.model.Event;

import java.io.PrintStream;

/** Prints events as a readable fixed-width table, one line per event. */
final class EventTable {
    private static final String FORMAT = "%-10s %3s  %-10s  %-16s %-16s %-5s %-9s %5s  %s%n";
    private final PrintStream out;
    private boolean headerPrinted;

    EventTable(PrintStream out) {
        this.out = out;
    }

    void print(Event e) {
        if (!headerPrinted) {
            out.printf(FORMAT, "DOC", "SEN", "DATE", "SOURCE", "TARGET", "CAMEO", "PLOVER", "GOLD", "TRIGGER");
            headerPrinted = true;
        }
        out.printf(FORMAT, clip(e.docId(), 10), e.sentence(), e.date() == null ? "-" : e.date(), actor(e.source()),
                actor(e.target()), e.cameo(), e.plover().event() == null ? "-" : e.plover().event(),
                String.format("%.1f", e.goldstein()), clip(e.evidence().trigger(), 40));
    }

    private static String actor(Actor a) {
        if (a == null) {
            return "-";
        }
        String code = (a.code() == null ? "---" : a.code()) + (a.sector() == null ? "" : " " + a.sector());
        String name = a.name() != null ? a.name() : a.text();
        return clip(code + " " + name, 16);
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}
