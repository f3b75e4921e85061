package org.sitrep.cli;

import org.sitrep.store.EventQuery;
import org.sitrep.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;

/** {@code sitrep events}: lists stored events. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "List stored events, filtered.")
final class EventsCommand implements Callable<Integer> {
    @Mixin
    DbOption db = new DbOption();

    @CommandLine.ArgGroup(exclusive = false)
    FilterOptions filters = new FilterOptions();

    @Option(names = "--limit", defaultValue = "100", description = "Most events shown (default ${DEFAULT-VALUE}).")
    int limit;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be >= 0, was " + limit);
        }
        if (!Files.exists(db.db)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no database at " + db.db + " (run `sitrep run PATH` first, or give --db)");
        }
        EventQuery query = filters.toQuery(spec.commandLine()).limit(limit).build();
        try (EventStore store = EventStore.open(db.db)) {
            PrintWriter out = spec.commandLine().getOut();
            var events = store.events(query);
            EventTable.print(events.stream().map(EventTable.Row::of).toList(), out);
            out.printf("%d event(s) shown, %d stored%n", events.size(), store.eventCount());
            out.flush();
        }
        return 0;
    }
}
