/**
 * cli: the {@code sitrep} command (picocli) — {@code run} codes article files into the database,
 * {@code watch} polls RSS/Atom feeds and codes their new articles into it,
 * {@code serve} serves it over a REST API and web UI (with {@code --watch}, polling feeds in the same
 * process, as only one process can write a DuckDB file),
 * {@code events} lists stored events, {@code export} writes them as ACLED CSV, PLOVER JSON Lines or
 * GeoJSON, {@code eval} scores the coder against gold events, {@code gazetteer import} adds the
 * places of a GeoNames dump to the database for {@code run} to use. String options live only here, at the
 * edge; they become typed records before they reach the library. Exit codes: 0 ok, 1 some inputs
 * were skipped, 2 usage error.
 */
package org.sitrep.cli;
