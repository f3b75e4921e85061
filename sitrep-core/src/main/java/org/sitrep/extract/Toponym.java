package org.sitrep.extract;

import org.sitrep.geo.PlaceName;

/**
 * A place name in a sentence, as a token range.
 *
 * @param known the gazetteer knows the name (else it comes from NER or a place frame such as "the village of X")
 */
record Toponym(int startToken, int endToken, PlaceName name, boolean known) {}
