package org.sitrep.geo;

import org.sitrep.model.Location;

import java.util.Optional;

/**
 * Resolves a {@link PlaceQuery} to a location. Thread-safe.
 *
 * <p>Contract: the first name of the chain that the gazetteer knows, consistent with the names after
 * it (a place inside the province they name), wins. Precision follows ACLED: 1 when the first name
 * itself resolved to a populated place; 2 when a later name resolved to a town (the event is
 * near it) or the first name is a district; 3 when only a province, region or country resolved.
 * {@link org.sitrep.model.Location#text()} is always the first name as written. With no name
 * resolvable, the focus country gives a precision-3 location; with no focus either, empty.
 * Never resolves a country name or demonym to a town of the same name.
 */
@FunctionalInterface
public interface Geocoder {
    Optional<Location> locate(PlaceQuery query);
}
