/**
 * fuse: located {@link org.sitrep.model.EventMention}s → {@link org.sitrep.model.Event}s. Merges
 * the mentions of one event within an article (same type, compatible actors, counts, places and
 * days), keeps every mention as evidence, and gives each event an id derived from its evidence.
 */
package org.sitrep.fuse;
