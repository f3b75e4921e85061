package org.sitrep.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --db} option every command takes. */
final class DbOption {
    @Option(names = "--db", paramLabel = "FILE", defaultValue = "sitrep.duckdb",
            description = "DuckDB database file (default: ${DEFAULT-VALUE} in the working directory).")
    Path db;
}
