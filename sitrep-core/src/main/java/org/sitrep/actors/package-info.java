/**
 * actors: who did what to whom. A dictionary of canonical actors in ACLED's style with their
 * aliases, read from versioned resource files that a user can extend or override with their own
 * file; generic agents ("militants", "soldiers", "protesters") resolved with the article's context.
 */
package org.sitrep.actors;
