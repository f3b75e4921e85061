/**
 * annotate: {@link org.sitrep.model.Article} → {@link org.sitrep.nlp.AnnotatedArticle}. Sentences,
 * tokens, lemmas, part-of-speech tags, named entities and a dependency parse, behind the
 * {@link org.sitrep.nlp.Annotator} interface; Stanford CoreNLP is the first backend.
 */
package org.sitrep.nlp;
