package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sitrep gazetteer ...}: the gazetteer commands (for now, {@code import}). */
@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Manage the places sitrep locates events in, beside the bundled GeoNames gazetteer.",
        subcommands = {GazetteerImportCommand.class, CommandLine.HelpCommand.class})
final class GazetteerCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a gazetteer command is required: import");
    }
}
