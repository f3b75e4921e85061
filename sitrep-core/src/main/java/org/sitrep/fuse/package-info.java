/**
 * fuse: located {@link org.sitrep.model.EventMention}s → {@link org.sitrep.model.Event}s. Within
 * an article, {@link org.sitrep.fuse.ArticleFuser} merges the mentions of one event (same type,
 * compatible actors, counts, places and days), keeps every mention as evidence, and gives each
 * event an id derived from its evidence. Across articles, {@link org.sitrep.fuse.CrossArticleRules}
 * states when an event of a new article reports a stored one (type, actors, counts, a distance and
 * a day window that depend on the precisions) and what the fused event says (the highest single
 * figure, never the sum; the first report's id), over the flat {@link org.sitrep.fuse.EventFacts};
 * {@link org.sitrep.fuse.FusionIndex} finds the candidates by country, type and day. The store
 * applies them when it saves an article.
 */
package org.sitrep.fuse;
