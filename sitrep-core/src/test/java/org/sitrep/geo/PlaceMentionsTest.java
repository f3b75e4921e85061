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
    void streetsAreNoMentionsAndFeaturesAreNamedWhole() {
        assertThat(mentions("The fire at 6016 Dublin Road was investigated.")).isEmpty();
        assertThat(mentions("Farmers in the Shenandoah Valley and along the Mississippi River waited."))
                .contains("Shenandoah Valley", "Mississippi River");
        assertThat(mentions("Police in Dublin said so.")).containsExactly("Dublin");
    }

    @Test
    void regionsAndTheirAdjectivesAreMentionsButNoEventPlaces() {
        String text = "European and Latin American envoys met EU officials to discuss aid to Africa and the Middle East.";
        assertThat(mentions(text)).containsExactly("European", "Latin American", "EU", "Africa", "Middle East");
        assertThat(places(text)).isEmpty();
        // A longer place name that starts like a region is that place.
        assertThat(mentions("Aid reached the Central African Republic.")).containsExactly("Central African Republic");
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

    @Test
    void namedEntitiesDropPeopleAndAddUnknownLocations() {
        String text = "Abraham Lincoln spoke of Harwinton. Later, troops moved into Lincoln and the village of Qaim.";
        int abe = text.indexOf("Abraham Lincoln");
        int harwinton = text.indexOf("Harwinton");
        int lincoln2 = text.indexOf("Lincoln and");
        int qaim = text.indexOf("Qaim");
        // A tagger that, as CoreNLP does, also takes Qaim and the second Lincoln for people.
        List<org.sitrep.model.Span> people = List.of(new org.sitrep.model.Span(abe, abe + 15),
                new org.sitrep.model.Span(lincoln2, lincoln2 + 7), new org.sitrep.model.Span(qaim, qaim + 4));
        List<org.sitrep.model.Span> locations = List.of(new org.sitrep.model.Span(harwinton, harwinton + 9));
        List<ToponymMatch> found = matcher.findMentions(text, people, locations);
        // The president is no place; "into Lincoln" and "the village of Qaim" are, whatever the tagger says;
        // Harwinton is in no gazetteer but the tagger found it.
        assertThat(found).extracting(m -> m.span().start()).containsExactly(harwinton, lincoln2, qaim);
        assertThat(found).extracting(ToponymMatch::text).containsExactly("Harwinton", "Lincoln", "Qaim");
    }

    @Test
    void abbreviatedSaintsAndContractions() {
        assertThat(places("Flights leave for St. Petersburg on Monday.")).containsExactly("St. Petersburg");
        assertThat(places("\"I've seen nothing like it,\" Sen. Miller said in Mosul.")).containsExactly("Mosul");
    }

    @Test
    void badTaggerInputIsIgnoredNotThrown() {
        assertThat(matcher.findMentions(null, List.of(), List.of())).isEmpty();
        String text = "Shelling hit Mosul.";
        List<ToponymMatch> found = matcher.findMentions(text, null,
                List.of(new org.sitrep.model.Span(10, 99), new org.sitrep.model.Span(0, 0)));
        assertThat(found).extracting(ToponymMatch::text).containsExactly("Mosul");
    }

    @Test
    void institutionsAndFeastsAreNoPlaces() {
        assertThat(mentions("She was inducted into the Hall of Fame at City Hall on St. Patrick's Day, "
                + "and the White House sent a letter to the Chamber of Commerce.")).isEmpty();
        // "The U.S." is the U.S.; "Sri Lankan" one demonym.
        List<ToponymMatch> found = matcher.findMentions("The U.S. and Sri Lankan officials met.");
        assertThat(found).extracting(ToponymMatch::text).containsExactly("U.S.", "Sri Lankan");
    }
}
