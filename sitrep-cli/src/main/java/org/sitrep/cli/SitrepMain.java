package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code sitrep} command. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Turns news about armed conflict into event data (who did what to whom, where, when, how many).",
        subcommands = {RunCommand.class, WatchCommand.class, EventsCommand.class, ExportCommand.class, ServeCommand.class, EvalCommand.class, GazetteerCommand.class,
                CommandLine.HelpCommand.class})
public final class SitrepMain implements Runnable {
    /** Exit code when some inputs could not be read and were skipped. */
    public static final int EXIT_SKIPPED = 1;
    /** Exit code for a usage error (picocli's default for bad options). */
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for tests that run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SitrepMain());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // Exports are UTF-8 whatever the platform's default charset.
        cl.setOut(new java.io.PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true));
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: run, watch, events, export, serve, eval or gazetteer");
    }
}
