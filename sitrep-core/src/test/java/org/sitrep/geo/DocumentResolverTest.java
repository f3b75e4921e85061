package org.sitrep.geo;

import org.junit.jupiter.api.Test;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole-document resolution on the bundled gazetteer, with stories written for these tests. */
class DocumentResolverTest {
    private final DocumentResolver resolver = new DocumentResolver(Gazetteer.bundled());

    /** Resolves every occurrence of each name in {@code names}, in text order of the names given. */
    private List<Optional<Place>> resolve(String text, String... names) {
        List<Span> spans = new ArrayList<>();
        for (String name : names) {
            int at = text.indexOf(name);
            assertThat(at).as(name).isNotNegative();
            spans.add(new Span(at, at + name.length()));
        }
        return resolver.resolve(text, spans);
    }

    private static Place place(Optional<Place> p) {
        assertThat(p).isPresent();
        return p.get();
    }

    @Test
    void statedStateAbbreviationPicksTheAmericanTown() {
        String text = "A fire destroyed a mobile home in Alexandria, La., on Saturday night.";
        Place alexandria = place(resolve(text, "Alexandria").get(0));
        assertThat(alexandria.countryIso3()).isEqualTo("USA");
        assertThat(alexandria.admin1()).isEqualTo("Louisiana");
    }

    @Test
    void statedStateNameAndParentheses() {
        Place paris = place(resolve("The band played in Paris, Texas, last week.", "Paris").get(0));
        assertThat(paris.admin1()).isEqualTo("Texas");
        Place paris2 = place(resolve("Farmers met in Paris (Tennessee) on Monday.", "Paris").get(0));
        assertThat(paris2.admin1()).isEqualTo("Tennessee");
    }

    @Test
    void withoutContextTheProminentPlaceWins() {
        Place paris = place(resolve("Talks resume in Paris on Monday.", "Paris").get(0));
        assertThat(paris.countryIso3()).isEqualTo("FRA");
    }

    @Test
    void theOtherPlacesOfTheStoryDecide() {
        String text = "A sewer overflow in Gainesville sent wastewater into a creek in Hall County, "
                + "officials in Georgia said. Gainesville crews repaired the pipe.";
        List<Optional<Place>> places = resolve(text, "Gainesville", "Hall County", "Georgia");
        Place gainesville = place(places.get(0));
        assertThat(gainesville.countryIso3()).isEqualTo("USA");
        assertThat(gainesville.admin1()).isEqualTo("Georgia");
        // Georgia is read as the state here, not the country.
        assertThat(place(places.get(2)).isProvince()).isTrue();
    }

    @Test
    void georgiaTheCountryAmongItsNeighbours() {
        String text = "Georgia accused Russia of moving troops near Tbilisi.";
        Place georgia = place(resolve(text, "Georgia", "Russia", "Tbilisi").get(0));
        assertThat(georgia.isCountry()).isTrue();
        assertThat(georgia.countryIso3()).isEqualTo("GEO");
    }

    @Test
    void aBareNameIsTheTownNotTheCounty() {
        Place richmond = place(resolve("Police in Richmond said the driver fled.", "Richmond").get(0));
        assertThat(richmond.featureCode()).startsWith("PPL");
    }

    @Test
    void aStateAbbreviationAloneIsTheState() {
        Place wv = place(resolve("Coal trucks crossed into W.Va. overnight.", "W.Va.").get(0));
        assertThat(wv.isProvince()).isTrue();
        assertThat(wv.admin1()).isEqualTo("West Virginia");
    }

    @Test
    void aDottedAbbreviationIsTheStateEvenWhenATownHasItsLetters() {
        // "Kan" is also a town in China; the dot, and the place before it, say abbreviation.
        String text = "A police officer in Kansas City, Kan., was dragged 50 feet.";
        List<Optional<Place>> places = resolve(text, "Kansas City", "Kan.");
        Place kansasCity = place(places.get(0));
        // "City" is part of the name, not a word to strip: the town, not the state of Kansas.
        assertThat(kansasCity.featureCode()).startsWith("PPL");
        assertThat(kansasCity.admin1()).isEqualTo("Kansas");
        Place kansas = place(places.get(1));
        assertThat(kansas.isProvince()).isTrue();
        assertThat(kansas.admin1()).isEqualTo("Kansas");
    }

    @Test
    void aCountryIsAtItsMiddleNotItsCapital() {
        Place russia = place(resolve("Russia said it would respond.", "Russia").get(0));
        // Moscow is at 37.6E; the middle of Russia near 100E.
        assertThat(russia.lon()).isBetween(90.0, 110.0);
    }

    @Test
    void continentsAreThemselvesNotTowns() {
        // Mahdia in Tunisia carries "Africa" as an old name: a continent must not land there.
        List<Optional<Place>> places = resolve("Aid to Africa and Europe grew, officials in Tunis said.",
                "Africa", "Europe", "Tunis");
        assertThat(place(places.get(0)).featureCode()).isEqualTo("CONT");
        assertThat(place(places.get(0)).geonameId()).isEqualTo(6255146L);
        assertThat(place(places.get(1)).geonameId()).isEqualTo(6255148L);
        assertThat(place(places.get(2)).countryIso3()).isEqualTo("TUN");
        // The event geocoder takes no continent for an event's place.
        GazetteerGeocoder geocoder = GazetteerGeocoder.bundled();
        assertThat(geocoder.locate(new PlaceQuery(List.of(new PlaceName("Africa", null)), null))).isEmpty();
        assertThat(geocoder.locate(new PlaceQuery(List.of(new PlaceName("Africa", null)), "TUN")).orElseThrow()
                .place().isCountry()).isTrue();
    }

    @Test
    void regionAdjectivesOceansAndTheUnionAreRegions() {
        String text = "European buyers and Latin American growers met in Lisbon; EU tariffs on goods shipped "
                + "across the Atlantic were the topic.";
        List<Optional<Place>> places = resolve(text, "European", "Latin American", "Lisbon", "EU", "Atlantic");
        assertThat(place(places.get(0)).geonameId()).isEqualTo(6255148L);
        assertThat(place(places.get(1)).name()).isEqualTo("Latin America");
        assertThat(place(places.get(2)).countryIso3()).isEqualTo("PRT");
        // Not Eu, the Norman town.
        assertThat(place(places.get(3)).name()).isEqualTo("European Union");
        assertThat(place(places.get(4)).featureCode()).isEqualTo("OCN");
        assertThat(places).allMatch(p -> !WorldRegions.isRegion(p.orElseThrow()) || p.orElseThrow().admin1() == null);
    }

    @Test
    void peoplesOfSeveralCountriesAreTheirRegionOrNoPlaceNeverAVillage() {
        List<Optional<Place>> places = resolve("Kurdish fighters and Arab tribes held the line in the Gulf states.",
                "Kurdish", "Arab", "Gulf");
        assertThat(place(places.get(0)).name()).isEqualTo("Kurdistan");
        // "Arab" names no one place (and not Arab, Alabama); "the Gulf" is the Persian Gulf, not Papua's Gulf province.
        assertThat(places.get(1)).isEmpty();
        assertThat(place(places.get(2)).featureCode()).isEqualTo("GULF");
        GazetteerGeocoder geocoder = GazetteerGeocoder.bundled();
        for (String name : List.of("Kurdish", "Arab", "Gulf", "West")) {
            assertThat(geocoder.locate(new PlaceQuery(List.of(new PlaceName(name, null)), null))).as(name).isEmpty();
        }
    }

    @Test
    void namesTheGazetteerLacksLieWhereTheStoryIs() {
        String text = "Protesters gathered on Qqqzz Street in Mosul and marched to the Zzqqy Mosque, police in Mosul said.";
        List<Optional<Place>> places = resolve(text, "Qqqzz Street", "Mosul", "Zzqqy Mosque");
        Place mosul = place(places.get(1));
        assertThat(mosul.name()).isEqualTo("Mosul");
        assertThat(place(places.get(0))).isEqualTo(mosul);
        assertThat(place(places.get(2))).isEqualTo(mosul);
    }

    @Test
    void anInstitutionTheGazetteerLacksIsInThePlaceItsNameSays() {
        String text = "Economists of the Bank of Japan visited the Liverpool Academy and the Qqqzz Wilson High "
                + "School in Manchester and Salford.";
        List<Optional<Place>> places = resolve(text, "Bank of Japan", "Liverpool Academy", "Qqqzz Wilson High School",
                "Manchester", "Salford");
        assertThat(place(places.get(0)).name()).isEqualTo("Japan");
        assertThat(place(places.get(1)).name()).isEqualTo("Liverpool");
        // Named after a person, not after a town called Wilson: where the story is.
        assertThat(place(places.get(2)).name()).isIn("Manchester", "Salford");
    }

    @Test
    void aBareProvinceNameOfABigCityIsTheCityUnlessItFollowsAPlace() {
        Place city = place(resolve("Police in New York arrested a man on Tuesday.", "New York").get(0));
        assertThat(city.featureCode()).startsWith("PPL");
        assertThat(city.population()).isGreaterThan(1_000_000);
        String list = "After stops in Washington, New York and Boston, the delegation flew home.";
        assertThat(place(resolve(list, "New York").get(0)).featureCode()).startsWith("PPL");
        String stated = "The bakery, based in Rego Park, New York, will open a second shop.";
        assertThat(place(resolve(stated, "New York").get(0)).isProvince()).isTrue();
    }

    @Test
    void aPartOfACountryNamedAsTheCountryIsThePart() {
        List<Optional<Place>> places = resolve("Rain fell across Wales while Mexico stayed dry.", "Wales", "Mexico");
        assertThat(place(places.get(0)).isProvince()).isTrue();
        assertThat(place(places.get(0)).name()).isEqualTo("Wales");
        // Mexico's own name: the country, not the state of Mexico.
        assertThat(place(places.get(1)).isCountry()).isTrue();
    }

    @Test
    void aThingTheGazetteerLacksIsWhereTheTextSaysItIs() {
        String text = "Crowds filled Qqqzz Square in Bratislava, then Zzqqy Street at Kosice; Kosice's Qqzzy Hospital "
                + "and the Zzqqz Clinic, Kosice, took the injured, Bratislava police said.";
        List<Span> spans = new ArrayList<>();
        for (String name : List.of("Qqqzz Square", "Bratislava", "Zzqqy Street", "Kosice", "Qqzzy Hospital", "Zzqqz Clinic")) {
            spans.add(new Span(text.indexOf(name), text.indexOf(name) + name.length()));
        }
        int possessive = text.indexOf("Kosice's");
        spans.add(new Span(possessive, possessive + "Kosice".length()));
        List<Optional<Place>> places = resolver.resolve(text, spans);
        Place bratislava = place(places.get(1));
        Place kosice = place(places.get(3));
        assertThat(bratislava.name()).isEqualTo("Bratislava");
        assertThat(kosice.name()).isEqualTo("Kosice");
        assertThat(place(places.get(0))).isEqualTo(bratislava);
        assertThat(place(places.get(2))).isEqualTo(kosice);
        assertThat(place(places.get(4))).isEqualTo(kosice);
        // After a comma a town is no container ("Sharon, Cornwall and Salisbury"): where the story is.
        assertThat(place(places.get(5))).isIn(bratislava, kosice);
    }

    @Test
    void aRepeatedNameIsNoMoreEvidenceOfWhereTheStoryIs() {
        String text = "Stonewall fans cheered. Stonewall won, and Stonewall celebrated at the Qqqzz Lodge with "
                + "guests from Centreville and Gainesville, Va.";
        List<Span> spans = new ArrayList<>();
        for (int at = text.indexOf("Stonewall"); at >= 0; at = text.indexOf("Stonewall", at + 1)) {
            spans.add(new Span(at, at + "Stonewall".length()));
        }
        for (String name : List.of("Qqqzz Lodge", "Centreville", "Gainesville", "Va.")) {
            spans.add(new Span(text.indexOf(name), text.indexOf(name) + name.length()));
        }
        List<Optional<Place>> places = resolver.resolve(text, spans);
        assertThat(place(places.get(3)).admin1()).isEqualTo("Virginia");
    }

    @Test
    void aThingTheGazetteerLacksIsNearTheTownNamedBesideIt() {
        String text = "Officials in Bratislava and Trnava met on Monday. Later that week, fans from Kosice filled "
                + "the Qqqzz Arena for the final.";
        List<Optional<Place>> places = resolve(text, "Bratislava", "Trnava", "Kosice", "Qqqzz Arena");
        // The story is around Bratislava (two names agree), but the arena is named right after Kosice.
        assertThat(place(places.get(3)).name()).isEqualTo("Kosice");
    }

    @Test
    void aBodyNamedByItsCountryOrRegionIsThere() {
        String text = "The European Commission, the Council of Europe and the Russian Foreign Ministry replied to "
                + "the Qqqzz Trade Office in Manchester and Salford.";
        List<Optional<Place>> places = resolve(text, "European Commission", "Council of Europe",
                "Russian Foreign Ministry", "Qqqzz Trade Office", "Manchester", "Salford");
        assertThat(place(places.get(0)).geonameId()).isEqualTo(6255148L);
        assertThat(place(places.get(1)).geonameId()).isEqualTo(6255148L);
        assertThat(place(places.get(2)).countryIso3()).isEqualTo("RUS");
        assertThat(place(places.get(2)).isCountry()).isTrue();
        // A first word that is no country: where the story is.
        assertThat(place(places.get(3)).name()).isIn("Manchester", "Salford");
    }

    @Test
    void theStorysPlaceIsWhereItsNamesAgreeNotALoneFarNamesake() {
        // Stonewall is a village in Mississippi as well; this story is in northern Virginia.
        String text = "The Qqqzz Golf Club near Stonewall opened, and commuters from Centreville and Gainesville, Va., came.";
        List<Optional<Place>> places = resolve(text, "Qqqzz Golf Club", "Stonewall", "Centreville", "Gainesville");
        assertThat(place(places.get(2)).admin1()).isEqualTo("Virginia");
        assertThat(place(places.get(0)).admin1()).isEqualTo("Virginia");
        // The village of the name 1,000 km away is a namesake: the name lies where the story is.
        assertThat(place(places.get(1)).admin1()).isEqualTo("Virginia");
    }

    @Test
    void theDemonymOfAPartOfACountryIsThatPart() {
        String text = "Fans of English football and Scottish whisky met British officials.";
        List<Optional<Place>> places = resolve(text, "English", "Scottish", "British");
        assertThat(place(places.get(0)).isProvince()).isTrue();
        assertThat(place(places.get(0)).admin1()).isEqualTo("England");
        assertThat(place(places.get(1)).admin1()).isEqualTo("Scotland");
        assertThat(place(places.get(2)).isCountry()).isTrue();
    }

    @Test
    void anAbbreviationIsTheNameTheStorySpellsOut() {
        // The meeting is in Washington, where a name the gazetteer lacks would otherwise be placed.
        String text = "At the meeting in Washington, Trinidad and Tobago sent envoys; officials said T&T would vote no.";
        List<Optional<Place>> places = resolve(text, "Trinidad and Tobago", "T&T", "Washington");
        assertThat(place(places.get(1)).countryIso3()).isEqualTo("TTO");
        assertThat(place(places.get(1)).isCountry()).isTrue();
    }

    @Test
    void anAbbreviationIsSpelledOutByTheTextEvenWhenNotAskedAbout() {
        // "SA" is also filed under a district of Thailand; the story says South Africa once.
        String text = "Mining towns of South Africa are growing. In SA the platinum belt employs thousands.";
        Place sa = place(resolve(text, "SA").get(0));
        assertThat(sa.countryIso3()).isEqualTo("ZAF");
    }

    @Test
    void aStateAbbreviationKeepsItsStateBesideTheCity() {
        String text = "Rep. Jane Roe, D-N.Y., spoke in New York on Friday.";
        List<Optional<Place>> places = resolve(text, "N.Y.", "New York");
        assertThat(place(places.get(0)).isProvince()).isTrue();
        assertThat(place(places.get(0)).admin1()).isEqualTo("New York");
    }

    @Test
    void initialsAndAbbreviationLetters() {
        assertThat(DocumentResolver.initials("Trinidad and Tobago")).isEqualTo("TT");
        assertThat(DocumentResolver.initials("District of Columbia")).isEqualTo("DC");
        assertThat(DocumentResolver.initials("Kabul")).isEmpty();
        assertThat(DocumentResolver.initials("US Army")).isEmpty();
        assertThat(DocumentResolver.abbreviationLetters("T&T")).isEqualTo("TT");
        assertThat(DocumentResolver.abbreviationLetters("U.S.")).isEqualTo("US");
        assertThat(DocumentResolver.abbreviationLetters("Kan.")).isEmpty();
        assertThat(DocumentResolver.abbreviationLetters("X")).isEmpty();
        assertThat(DocumentResolver.abbreviationLetters("NORTHWEST")).isEmpty();
    }

    @Test
    void theWordsBeforeANameSayWhichCountryItIsIn() {
        // Harare was once called Salisbury; here the text says which Salisbury, and later mentions follow.
        String text = "Moscow rejected the charge. Police in the quiet English city of Salisbury found the pair; "
                + "Salisbury was sealed off.";
        List<Optional<Place>> places = resolver.resolve(text, List.of(span(text, "Moscow", 0),
                span(text, "Salisbury", 0), span(text, "Salisbury", 1)));
        assertThat(place(places.get(1)).countryIso3()).isEqualTo("GBR");
        assertThat(place(places.get(1)).admin1()).isEqualTo("England");
        assertThat(place(places.get(2)).countryIso3()).isEqualTo("GBR");
        Place tadmur = place(resolve("Fighting reached the northern Syrian town of Tadmur.", "Tadmur").get(0));
        assertThat(tadmur.countryIso3()).isEqualTo("SYR");
    }

    /** The span of the {@code nth} occurrence (from 0) of {@code name} in {@code text}. */
    private static Span span(String text, String name, int nth) {
        int at = text.indexOf(name);
        for (int k = 0; k < nth; k++) {
            at = text.indexOf(name, at + 1);
        }
        assertThat(at).as(name).isNotNegative();
        return new Span(at, at + name.length());
    }

    @Test
    void theDatelineSaysWhereTheStoryIs() {
        // The only other town named is Austin; the dateline, not asked about, puts the story in Washington.
        String text = "WASHINGTON (AP) \u2014 Lobbyists from Austin waited for hours in the Qqqzz Room on Tuesday.";
        List<Optional<Place>> places = resolve(text, "Austin", "Qqqzz Room");
        assertThat(place(places.get(0)).admin1()).isEqualTo("Texas");
        assertThat(place(places.get(1)).featureCode()).isEqualTo("PPLC");
        assertThat(place(places.get(1)).countryIso3()).isEqualTo("USA");
        // A dateline with its state; and no dateline when the text opens otherwise.
        String raleigh = "RALEIGH, N.C. (AP) - Crews from Austin cleared the Qqqzz Room.";
        assertThat(place(resolve(raleigh, "Qqqzz Room").get(0)).admin1()).isEqualTo("North Carolina");
        String plain = "Lobbyists from Austin waited for hours in the Qqqzz Room on Tuesday.";
        assertThat(place(resolve(plain, "Austin", "Qqqzz Room").get(1)).admin1()).isEqualTo("Texas");
    }

    @Test
    void aSmallTownInCapitalsIsADatelineOnlyWithItsState() {
        // Heathrow is a small town of Florida; bare, in capitals, it is no dateline of a story about Austin.
        String bare = "HEATHROW \u2014 Lobbyists from Austin waited for hours in the Qqqzz Room.";
        assertThat(place(resolve(bare, "Austin", "Qqqzz Room").get(1)).admin1()).isEqualTo("Texas");
        String stated = "HEATHROW, Fla. \u2014 Lobbyists from Austin waited for hours in the Qqqzz Room.";
        assertThat(place(resolve(stated, "Austin", "Qqqzz Room").get(1)).admin1()).isEqualTo("Florida");
    }

    @Test
    void theDatelinesNameMeansTheSameTownLaterInTheStory() {
        // Two towns of Washington State would otherwise make the later "Washington" the state.
        String text = "WASHINGTON (AP) \u2014 Farmers from Yakima and Spokane met lawmakers in Washington on Monday.";
        List<Optional<Place>> places = resolve(text, "Yakima", "Spokane", "Washington");
        assertThat(place(places.get(0)).admin1()).isEqualTo("Washington");
        assertThat(place(places.get(2)).featureCode()).isEqualTo("PPLC");
    }

    @Test
    void aListOfCitiesIsNotACityInAState() {
        // "Boston, New York" here is two stops of a tour, not the village of Boston in New York State.
        String text = "The band plays Boston, New York, Chicago and Miami this spring.";
        Place boston = place(resolve(text, "Boston", "New York", "Chicago", "Miami").get(0));
        assertThat(boston.admin1()).isEqualTo("Massachusetts");
        // A state written after a town, with no list going on, still places it.
        Place paris = place(resolve("The band played Paris, Texas on Friday.", "Paris").get(0));
        assertThat(paris.admin1()).isEqualTo("Texas");
    }

    @Test
    void aCompassWordBeforeAPlaceNamesAPartOfIt() {
        // A story set in Miami: the part of the state is the state, not the city; the part of a country the country.
        String text = "Police in Miami said storms hit South Florida, while rain fell across the Western US and in West Wales.";
        List<Optional<Place>> places = resolve(text, "Miami", "South Florida", "Western US", "West Wales");
        assertThat(place(places.get(1)).isProvince()).isTrue();
        assertThat(place(places.get(1)).admin1()).isEqualTo("Florida");
        assertThat(place(places.get(2)).isCountry()).isTrue();
        assertThat(place(places.get(2)).countryIso3()).isEqualTo("USA");
        assertThat(place(places.get(3)).admin1()).isEqualTo("Wales");
    }

    @Test
    void aDatelineAfterABylineNamesItsAgency() {
        // Read alone, "Wyoming" and "WASHINGTON" would lock onto two neighbouring Ohio towns.
        String text = "Jane Roe, The Associated Press. WASHINGTON (AP) \" A federal judge in Wyoming halted the rule.";
        List<Optional<Place>> places = resolve(text, "WASHINGTON", "Wyoming");
        assertThat(place(places.get(0)).featureCode()).isEqualTo("PPLC");
        assertThat(place(places.get(0)).countryIso3()).isEqualTo("USA");
        assertThat(place(places.get(1)).isProvince()).isTrue();
        assertThat(place(places.get(1)).admin1()).isEqualTo("Wyoming");
        // Capitals that open a sentence without an agency are no dateline.
        String plain = "Jane Roe reported. WASHINGTON COURT HOUSE residents met lobbyists from Austin in the Qqqzz Room.";
        assertThat(place(resolve(plain, "Austin", "Qqqzz Room").get(1)).admin1()).isEqualTo("Texas");
    }

    @Test
    void aPartOfACityNamedBareIsRarelyWhatTheNameMeans() {
        // Kew is a Melbourne suburb (a section, larger) and a district of London (a town, smaller).
        Place kew = place(resolve("Visitors crowded the botanic gardens at Kew on Sunday.", "Kew").get(0));
        assertThat(kew.countryIso3()).isEqualTo("GBR");
    }

    @Test
    void aSeatOfGovernmentIsTheCapitalItStandsIn() {
        Place whiteHouse = place(resolve("The White House declined to comment on Friday.", "White House").get(0));
        assertThat(whiteHouse.featureCode()).isEqualTo("PPLC");
        assertThat(whiteHouse.countryIso3()).isEqualTo("USA");
        Place kremlin = place(resolve("The Kremlin denied the report.", "Kremlin").get(0));
        assertThat(kremlin.name()).isEqualTo("Moscow");
    }

    @Test
    void anAppositionPlacesANameTheGazetteerLacksEachTimeItIsRepeated() {
        String text = "Troops entered Zzqqa Kabir, a farming village in Nineveh province, on Monday. Families from "
                + "Zzqqa Kabir fled to Baghdad, and the small town of Zzqqa Kabir in northern Iraq stood empty.";
        List<Optional<Place>> places = resolver.resolve(text, List.of(span(text, "Zzqqa Kabir", 0),
                span(text, "Nineveh", 0), span(text, "Zzqqa Kabir", 1), span(text, "Baghdad", 0),
                span(text, "Zzqqa Kabir", 2), span(text, "Iraq", 0)));
        Place nineveh = place(places.get(1));
        assertThat(nineveh.isProvince()).isTrue();
        assertThat(place(places.get(0))).isEqualTo(nineveh);
        // The text's own statement beats the town named nearest, and a province stated beats a country.
        assertThat(place(places.get(2))).isEqualTo(nineveh);
        assertThat(place(places.get(4))).isEqualTo(nineveh);
    }

    @Test
    void aNameTheTextPlacesAtOneMentionIsThereAtEveryMention() {
        String filler = " The champion, who won eleven races last year, said the car felt quick and the team was ready"
                + " for a long season of hard racing, with new rules on tyres and fuel. Fans queued from dawn.";
        String text = "The season opens tomorrow at Zzqq Raceway." + filler + " The team is based in Manchester."
                + filler + " The last round is at Zzqq Raceway in Brighton.";
        List<Optional<Place>> places = resolver.resolve(text, List.of(span(text, "Zzqq Raceway", 0),
                span(text, "Manchester", 0), span(text, "Zzqq Raceway", 1), span(text, "Brighton", 0)));
        Place brighton = place(places.get(3));
        assertThat(brighton.name()).isEqualTo("Brighton");
        assertThat(place(places.get(2))).isEqualTo(brighton);
        assertThat(place(places.get(0))).isEqualTo(brighton);
    }

    @Test
    void aNameListedBesideAStateIsTheStateOfThatName() {
        String text = "Smoke from wildfires drifted over states such as California, Oregon or Washington this summer.";
        Place washington = place(resolve(text, "California", "Oregon", "Washington").get(2));
        assertThat(washington.isProvince()).isTrue();
        assertThat(washington.admin1()).isEqualTo("Washington");
        // Beside a city, the capital stays the capital.
        String cities = "Flights between Washington and Moscow resumed.";
        assertThat(place(resolve(cities, "Washington", "Moscow").get(0)).featureCode()).isEqualTo("PPLC");
    }

    @Test
    void aCourtIsInThePlaceItsNameSays() {
        Place court = place(resolve("Judges of the Peshawar High Court ruled on Monday.", "Peshawar High Court").get(0));
        assertThat(court.name()).isEqualTo("Peshawar");
    }

    @Test
    void unknownNamesAndBadSpansStayUnresolved() {
        String text = "Shelling hit Qqqzzvillex overnight.";
        List<Optional<Place>> places = resolver.resolve(text, List.of(new Span(13, 24), new Span(30, 99)));
        assertThat(places).containsExactly(Optional.empty(), Optional.empty());
        assertThat(resolver.resolve(null, List.of())).isEmpty();
    }
}
