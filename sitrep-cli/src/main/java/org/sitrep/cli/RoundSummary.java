package org.sitrep.cli;

import org.sitrep.model.Event;
import org.sitrep.model.Issue;
import org.sitrep.pipeline.ArticleResult;
import org.sitrep.store.EventStore;
import org.sitrep.watch.RoundReport;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** What {@code watch} and {@code serve --watch} print after each round. */
final class RoundSummary {
    private RoundSummary() {}

    /**
     * Prints the round's events (unless {@code quiet}), its summary line, its problems and the
     * events now in {@code db}, then flushes. Safe beside other threads printing to {@code out}:
     * each line is one {@link PrintWriter} call.
     */
    static void print(PrintWriter out, RoundReport r, EventStore store, Path db, boolean quiet) {
        List<Event> events = new ArrayList<>();
        for (ArticleResult a : r.coded()) {
            events.addAll(a.events());
        }
        if (!quiet && !events.isEmpty()) {
            EventTable.print(events.stream().map(EventTable.Row::of).toList(), out);
        }
        out.printf("%s round: feeds %d (not modified %d, failed %d), new items %d: stored %d, already stored %d, no text %d, pages failed %d; events coded %d%n",
                LocalTime.now().truncatedTo(ChronoUnit.SECONDS), r.feeds(), r.feedsNotModified(), r.feedsFailed(), r.newItems(),
                r.stored(), r.alreadyStored(), r.noText(), r.pagesFailed(), events.size());
        r.notEnglish().forEach((language, n) -> out.printf("  skipped: not English (%s) %d%n", language, n));
        for (Issue i : r.problems()) {
            out.printf("  %s: %s%n", i.code(), i.message());
        }
        out.printf("  events in %s: %d%n", db, store.eventCount());
        out.flush();
    }
}
