package org.sitrep.geo;

import org.sitrep.model.Place;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which country an article is about. Immutable and thread-safe.
 *
 * <p>Votes: a country name counts {@value #COUNTRY_VOTE}, a demonym ("Iraqi") {@value #DEMONYM_VOTE};
 * a matched place counts {@value #PLACE_VOTE}, shared among the countries of its candidates (so an
 * unambiguous "Mosul" gives Iraq the whole vote, "Paris" splits it). A place in a country the text
 * names gets that country's share doubled: the text's own country words are the strongest evidence.
 * The country with most votes wins; ties go to the one mentioned first. Demonyms are read with the
 * country table, so "Kurdish" votes for no country.
 */
public final class CountryFocus {
    static final double COUNTRY_VOTE = 2.0;
    static final double DEMONYM_VOTE = 1.0;
    static final double PLACE_VOTE = 1.0;

    private final ToponymMatcher matcher;
    private final Gazetteer gazetteer;
    private final Countries countries;

    /** Focus over the gazetteer with the bundled country table. */
    public CountryFocus(Gazetteer gazetteer) {
        this(new ToponymMatcher(gazetteer), gazetteer, Countries.bundled());
    }

    public CountryFocus(ToponymMatcher matcher, Gazetteer gazetteer, Countries countries) {
        if (matcher == null || gazetteer == null || countries == null) {
            throw new IllegalArgumentException("matcher, gazetteer and countries must not be null");
        }
        this.matcher = matcher;
        this.gazetteer = gazetteer;
        this.countries = countries;
    }

    /** The ISO alpha-3 code of the country {@code text} is mostly about; empty when it names none. Never throws. */
    public Optional<String> focusIso3(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Double> votes = new LinkedHashMap<>();
        Set<String> named = new HashSet<>();
        List<ToponymMatch> matches = matcher.find(text);
        for (ToponymMatch m : matches) {
            if (m.country()) {
                countries.byName(m.text()).ifPresent(c -> {
                    votes.merge(c.iso3(), COUNTRY_VOTE, Double::sum);
                    named.add(c.iso3());
                });
            }
        }
        for (String iso3 : demonymCountries(text)) {
            votes.merge(iso3, DEMONYM_VOTE, Double::sum);
            named.add(iso3);
        }
        for (ToponymMatch m : matches) {
            if (m.country()) {
                continue;
            }
            // A name several countries share votes for each by how prominent its bearer there is:
            // "Donetsk" is a province and a city of a million in Ukraine, a town in Russia.
            Map<String, Double> weights = new LinkedHashMap<>();
            for (Place p : gazetteer.candidates(m.text())) {
                weights.merge(p.countryIso3(), prominence(p), Math::max);
            }
            double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
            for (Map.Entry<String, Double> w : weights.entrySet()) {
                double share = PLACE_VOTE * w.getValue() / total;
                votes.merge(w.getKey(), named.contains(w.getKey()) ? 2 * share : share, Double::sum);
            }
        }
        String best = null;
        double bestVotes = 0;
        for (Map.Entry<String, Double> e : votes.entrySet()) {
            if (e.getValue() > bestVotes) {
                best = e.getKey();
                bestVotes = e.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    /** How strongly a place stands for its country: 1 + log10(1 + population), plus 2 for a province or country. */
    static double prominence(Place p) {
        return 1 + Math.log10(1 + p.population()) + (p.isProvince() || p.isCountry() ? 2 : 0);
    }

    /** One entry per capitalised demonym in the text, in text order ("Iraqi", "Iraqis", "Saudi Arabian"). */
    private List<String> demonymCountries(String text) {
        List<String> found = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '-')) {
                end++;
            }
            if (Character.isUpperCase(text.charAt(i))) {
                countries.byDemonym(text.substring(i, end)).ifPresent(c -> found.add(c.iso3()));
            }
            i = end;
        }
        return found;
    }
}
