/**
 * annotate: {@link org.sitrep.model.Article} → {@link org.sitrep.nlp.AnnotatedArticle}. Sentences,
 * tokens, lemmas, part-of-speech tags, named entities and a dependency parse, behind the
 * {@link org.sitrep.nlp.Annotator} interface; Stanford CoreNLP is the first backend. Before it, a
 * {@link org.sitrep.nlp.RelevanceFilter} may decide from the words alone that an article needs no
 * annotation ({@link org.sitrep.nlp.LemmaCueFilter}: lemma cues found without a tagger).
 */
package org.sitrep.nlp;
