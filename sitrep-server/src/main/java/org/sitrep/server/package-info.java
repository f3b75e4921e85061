/**
 * The REST API of {@code sitrep serve}: a Javalin server over one {@link org.sitrep.store.EventStore}.
 * {@link org.sitrep.server.SitrepServer} starts and stops it, and its
 * {@link org.sitrep.server.SitrepServer#routes()} is the one list of routes it registers (which the
 * tests check {@code openapi.json} documents);
 * {@link org.sitrep.server.QueryParameters} turns query strings into validated
 * {@link org.sitrep.store.EventQuery}s, so that client input reaches SQL only as bound parameters.
 */
package org.sitrep.server;
