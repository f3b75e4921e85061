package org.sitrep.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the {@code sitrep} command in-process, as a user would, capturing what it prints. */
final class Cli {
    private Cli() {}

    /** What one command did: its exit code, its stdout and its stderr. */
    record Run(int exit, String out, String err) {}

    static Run sitrep(String... args) {
        CommandLine cl = SitrepMain.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
