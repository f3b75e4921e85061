package org.sitrep.model;

/**
 * An organisation or force as ACLED codes it ("Islamic State", "Iraqi Security Forces", "Protesters (Iraq)").
 * sitrep builds no profiles of private persons.
 *
 * @param id stable dictionary id, e.g. {@code "islamic-state"}
 * @param name canonical name
 * @param type ACLED actor family
 * @param countryIso3 home country, ISO 3166-1 alpha-3, or null for transnational actors
 */
public record Actor(String id, String name, ActorType type, String countryIso3) {
    public Actor {
        Checks.nonBlank(id, "id");
        Checks.nonBlank(name, "name");
        Checks.nonNull(type, "type");
        countryIso3 = Checks.blankToNull(countryIso3);
        if (countryIso3 != null && !countryIso3.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("countryIso3 must be three upper-case letters, was '" + countryIso3 + "'");
        }
    }
}
