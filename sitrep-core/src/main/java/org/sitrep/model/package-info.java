/**
 * The immutable records that flow between sitrep's stages: {@link org.sitrep.model.Article} in,
 * {@link org.sitrep.model.Event} out, with the spans, places, actors and evidence that tie each
 * event back to the sentences that report it. Every record validates its fields in its compact
 * constructor and throws {@link java.lang.IllegalArgumentException} naming the bad value; bad
 * <em>data</em> met by a stage is reported as an {@link org.sitrep.model.Issue} instead.
 */
package org.sitrep.model;
