/**
 * dedup: near-duplicate articles (syndicated copies, re-posts under another header or URL). A
 * {@link org.sitrep.dedup.SimHash} is a 64-bit signature of an article's normalized word
 * shingles; two articles whose signatures differ in at most {@link org.sitrep.dedup.SimHash#MAX_DISTANCE}
 * bits are copies. {@link org.sitrep.dedup.NearDuplicates} finds, among the signatures it holds,
 * the first copy of a new one, so that a copy is stored linked to it and never coded again.
 */
package org.sitrep.dedup;
