package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress on stderr for long runs: shown only once the work has taken a few seconds, as a bar
 * redrawn in place on a terminal and as a line every few seconds in a log. Thread-safe: workers
 * call {@link #advance} concurrently.
 */
final class Progress {
    private static final long SHOW_AFTER_NANOS = 3_000_000_000L;
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final int total;
    private final String unit;
    private final long start = System.nanoTime();
    private final boolean terminal = System.console() != null;
    private int done;
    private long lastPrint;

    /**
     * @param total the items the work has
     * @param unit what the items are, plural ("articles", "documents")
     */
    Progress(PrintWriter err, int total, String unit) {
        this.err = err;
        this.total = total;
        this.unit = unit;
    }

    /** One more item done. */
    synchronized void advance() {
        done = Math.min(total, done + 1);
        long now = System.nanoTime();
        if (now - start < SHOW_AFTER_NANOS || now - lastPrint < (terminal ? 200_000_000L : 5_000_000_000L)) {
            return;
        }
        lastPrint = now;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String line = String.format(Locale.ROOT, "[%s%s] %d/%d %s, %.1f/s", "#".repeat(filled), ".".repeat(WIDTH - filled),
                done, total, unit, done / ((now - start) / 1e9));
        err.print(terminal ? "\r" + line : line + System.lineSeparator());
        err.flush();
    }

    /** Ends the bar's line, if one was drawn. */
    synchronized void finish() {
        if (lastPrint != 0 && terminal) {
            err.println();
            err.flush();
        }
    }
}
