/**
 * eval: scoring sitrep's events against gold events. Reads gold files in the layout of the seeds'
 * gold ({@code *.events.jsonl}) and matches predicted events to gold events field by field; the
 * golden tests and, later, the {@code sitrep eval} command use the same matcher.
 */
package org.sitrep.eval;
