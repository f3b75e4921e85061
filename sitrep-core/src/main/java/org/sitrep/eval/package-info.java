/**
 * eval: scoring sitrep's events against gold events. {@link org.sitrep.eval.EventMatcher} with
 * {@link org.sitrep.eval.GoldFile} checks the golden tests' articles field by field; the
 * {@code sitrep eval} command reads third-party gold (ACLED CSV, GTD CSV, PLOVER gold JSON) and
 * sitrep's own gold JSON Lines into {@link org.sitrep.eval.GoldDocument}s, codes them with
 * {@link org.sitrep.eval.Evaluation} through the same pipeline call as {@code sitrep run}, pairs
 * predicted with gold events per document in {@link org.sitrep.eval.EventScorer}, and adds the
 * results up into an {@link org.sitrep.eval.EvalReport} (detection precision, recall, F1; the
 * accuracy of each field with its n), with every disagreement available as JSON Lines
 * ({@link org.sitrep.eval.ErrorLog}). {@code sitrep eval geo} reads geoparsing corpora (LGL,
 * GeoWebNews) with {@link org.sitrep.eval.GeoCorpusReader} and scores recognition and resolution
 * in {@link org.sitrep.eval.GeoEvaluation}.
 */
package org.sitrep.eval;
