package org.sitrep.geo;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ToponymMatcher#findMentions} (every place a story names, for geoparsing) against
 * {@link ToponymMatcher#find} (places an event can be at), and the surname rule both share.
 */
class PlaceMentionsTest {
    private final ToponymMatcher matcher = new ToponymMatcher(Gazetteer.bundled());

    private List<String> mentions(String text) {
        return matcher.findMentions(text).stream().map(ToponymMatch::text).toList();
    }

    private List<String> places(String text) {
        return matcher.find(text).stream().map(ToponymMatch::text).toList();
    }

    @Test
    void namesInsideInstitutionsAreMentionsButNoEventPlaces() {
        String text = "A spokesman for the Texas Fire Service said crews from the Ohio Senate building helped.";
        assertThat(mentions(text)).containsExactly("Texas", "Ohio");
        assertThat(places(text)).isEmpty();
    }

    @Test
    void demonymsAreMentionsOfTheirCountry() {
        List<ToponymMatch> found = matcher.findMentions("Russian troops entered the city, Georgian officials said.");
        assertThat(found).extracting(ToponymMatch::text).containsExactly("Russian", "Georgian");
        assertThat(found).allMatch(ToponymMatch::country);
        assertThat(places("Russian troops entered the city, Georgian officials said.")).isEmpty();
    }

    @Test
    void aStateAbbreviationAfterAPlaceIsAMentionAndNotSplit() {
        String text = "CHARLESTON - A fire in Charleston, W.Va., closed the road.";
        List<ToponymMatch> found = matcher.findMentions(text);
        assertThat(found).extracting(ToponymMatch::text).contains("Charleston", "W.Va.").doesNotContain("Va");
        ToponymMatch wv = found.stream().filter(m -> m.text().equals("W.Va.")).findFirst().orElseThrow();
        assertThat(wv.span().of(text)).isEqualTo("W.Va.");
        assertThat(places(text)).doesNotContain("Va");
    }

    @Test
    void aSurnameIsNoPlaceAnywhereInTheStory() {
        // Jones is a town in several countries; here it is a man, named in full once.
        String text = "Officer Tom Jones led the search. Jones said the men fled toward Mosul.";
        assertThat(places(text)).containsExactly("Mosul");
        assertThat(mentions(text)).containsExactly("Mosul");
    }

    @Test
    void placeNamesAfterACapitalisedWordStayPlacesWhenTheyAreProvincesOrCapitals() {
        // "Kirkuk Erbil" is no man: Erbil is a provincial capital.
        assertThat(places("Trucks on the Kirkuk Erbil road were stopped. Erbil officials said so.")).contains("Erbil");
        // A common noun written in lower case elsewhere is no surname: "Gainesville Police", "police".
        assertThat(mentions("Gainesville Police said the police found the car. Gainesville is quiet."))
                .containsExactly("Gainesville", "Gainesville");
    }
}
