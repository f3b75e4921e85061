/**
 * geocode: place names + article context → {@link org.sitrep.model.Location}. A compact gazetteer
 * derived from GeoNames (CC BY 4.0) ships with sitrep; names are matched with their
 * transliteration variants and resolved by the hierarchy the text states, the article's country
 * focus and population, with ACLED's geo precision.
 */
package org.sitrep.geo;
