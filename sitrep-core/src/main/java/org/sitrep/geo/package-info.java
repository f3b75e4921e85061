/**
 * geocode: place names + article context → {@link org.sitrep.model.Location}. A compact gazetteer
 * derived from GeoNames (CC BY 4.0; see {@code NOTICE} beside the resources) ships with sitrep:
 * populated places of cities500 with their Latin- and Arabic-script names, provinces (ADM1),
 * districts (ADM2) and countries ({@link org.sitrep.geo.Gazetteer}, built by
 * {@link org.sitrep.geo.GazetteerBuilder} via {@code tools/build-gazetteer.sh}). Names are matched by
 * folded keys ({@link org.sitrep.geo.NameKeys}) with their transliteration variants and a
 * hand-written alias table, and provinces are named as news writes them
 * ({@link org.sitrep.geo.ProvinceNames}); {@link org.sitrep.geo.GazetteerGeocoder} resolves a chain of names by
 * the hierarchy the text states, the article's country focus ({@link org.sitrep.geo.CountryFocus})
 * and prominence, with ACLED's geo precision; {@link org.sitrep.geo.ToponymMatcher} finds place
 * names in running text that NER misses (and, for geoparsing, every place a story mentions:
{@link org.sitrep.geo.ToponymMatcher#findMentions(String)}); {@link org.sitrep.geo.DocumentResolver}
resolves all the names of a story together, each in the light of the others;
{@link org.sitrep.geo.RegionAbbreviations} reads "La.", "Tex.", "Ont." after a place name;
{@link org.sitrep.geo.Countries} reads country names,
 * alternate names and demonyms. {@link org.sitrep.geo.GeoNamesDump} reads a user's GeoNames dump
 * (allCountries, a country file) into {@link org.sitrep.geo.GeoNamesRow}s, which
 * {@link org.sitrep.geo.Gazetteer#extendedWith(java.util.List)} adds to the bundled places; both
 * key names with {@code PlaceKeys}. Everything here is immutable and thread-safe; the bundled data is
 * loaded once per process on first use.
 */
package org.sitrep.geo;
