/**
 * pipeline: the stages assembled explicitly in code — annotate, extract, geocode, fuse — turning
 * one {@link org.sitrep.model.Article} into an {@link org.sitrep.pipeline.ArticleResult}, and a
 * batch of articles into results in parallel on all cores.
 */
package org.sitrep.pipeline;
