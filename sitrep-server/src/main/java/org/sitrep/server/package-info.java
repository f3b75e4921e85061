/**
 * The REST API of {@code sitrep serve}: a Javalin server over one {@link org.sitrep.store.EventStore}.
 * {@link org.sitrep.server.SitrepServer} starts and stops it; {@link org.sitrep.server.ApiRoutes}
 * is the one table of its routes (registered and documented from the same list);
 * {@link org.sitrep.server.QueryParameters} turns query strings into validated
 * {@link org.sitrep.store.EventQuery}s, so that client input reaches SQL only as bound parameters.
 */
package org.sitrep.server;
