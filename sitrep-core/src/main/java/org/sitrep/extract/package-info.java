/**
 * extract: {@link org.sitrep.nlp.AnnotatedArticle} → coded event mentions. Finds event triggers
 * from a lexicon, reads who acted on whom from the dependency parse (word order where the parse
 * fails), counts the killed, injured and arrested, resolves dates against the publication date,
 * drops what did not happen (plans, aims, negations, habits, history) and, across the article,
 * recognises summaries of events already counted. Lexicons are resource files.
 */
package org.sitrep.extract;
