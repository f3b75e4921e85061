package org.sitrep.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.Article;
import org.sitrep.model.Event;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One rule of the coder per row, on sentences written for this test: the sentence, the one
 * sub-event type it must give, and actor1 ("-" for none). Guards the rules that the golden samples
 * do not exercise.
 */
class CoderRulesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // Police firing tear gas at a protest is the intervention in the protest, not an attack.
            "Police fired tear gas to disperse hundreds of protesters in Nairobi, Kenya, on Monday.|Protest with intervention|Protesters (Kenya)",
            // "exchanged fire with" is a clash.
            "Nigerian soldiers exchanged fire with gunmen near Maiduguri in Borno on Monday, killing two of them.|Armed clash|Military Forces of Nigeria (2023-)",
            // A mob of villagers is rioters; their violence is mob violence.
            "A mob of villagers lynched a man suspected of theft near Kano, Nigeria, on Monday.|Mob violence|Rioters (Nigeria)",
            // Armed men are an armed group, not civilians, and one victim makes an attack.
            "Two armed men shot dead a trader in Kano, Nigeria, on Monday.|Attack|Unidentified Armed Group (Nigeria)",
            // Mortars alone at army positions are shelling ...
            "Rebels fired mortars at army positions near Goma in the Democratic Republic of the Congo on Monday.|Shelling/artillery/missile attack|-",
            // ... mortars with small arms are a direct fight.
            "Rebels fired mortars and small arms at army positions near Goma in the Democratic Republic of the Congo on Monday.|Armed clash|-",
            // Grenade launchers are guns, not grenades.
            "Al-Shabab fighters attacked an army base near Afgooye, Somalia, with grenade launchers on Monday, killing three soldiers.|Armed clash|Al Shabaab",
            // Gathering to demand something is protesting, without the word.
            "Hundreds of workers gathered outside the governor's office in Kano, Nigeria, on Monday to demand unpaid salaries.|Peaceful protest|Protesters (Nigeria)",
            // Whatever protesters do is a protest.
            "Protesters honked horns in front of the parliament in Nairobi, Kenya, on Monday.|Peaceful protest|Protesters (Kenya)",
            // "took part in a protest" hosts one.
            "Residents took part in a protest against power cuts in Kano, Nigeria, on Monday.|Peaceful protest|Protesters (Nigeria)",
            // Police dispersing the crowd in the next sentence is the intervention in that protest, one event.
            "Youths blocked a highway in Asaba, Nigeria, on Monday to protest the killing of a trader. Police dispersed the crowd.|Protest with intervention|Protesters (Nigeria)",
            // Killed after exchanging fire: the exchange is the event (a clash), the death its casualty.
            "On 5 March 2024, in Recife, Brazil, a suspected gang member was killed after exchanging fire with police officers.|Armed clash|-",
            // "the forces of Armenia" are Armenia's, whatever country the article is about; the target is not the date.
            "On 2 March 2024, military forces of Armenia fired on the positions of the military forces of Azerbaijan near Tovuz.|Armed clash|Military Forces of Armenia (2018-)",
            // The head of the noun phrase is its last noun: an attack on a post of the security forces is a battle.
            "On 4 March 2024, Islamic State militants attacked a Puntland security forces post in Bosaso, Somalia.|Armed clash|Islamic State (Somalia)",
            // An arrest that is the cause of a protest is part of the protest's story, not an event of its own.
            "Journalists held a protest outside the press club in Lahore, Pakistan, on Monday against the arrest of an editor. He was arrested in connection with a land case.|Peaceful protest|Protesters (Pakistan)",
            // Arrests made by intervening in the protest make it a protest with intervention.
            "Residents protested against power cuts in Kano, Nigeria, on Monday. Police intervened and arrested 15 of them.|Protest with intervention|Protesters (Nigeria)",
            // An operation to arrest someone is an aim; the exchange of fire is what happened.
            "On 6 March 2024, in Vitoria, Brazil, a drug trafficker exchanged fire with police during an operation to arrest him.|Armed clash|-",
            // State forces are named by the government of the event's day, as ACLED names them.
            "On 9 May 2020, Ukrainian forces shelled separatist positions near Donetsk, Ukraine.|Shelling/artillery/missile attack|Military Forces of Ukraine (2019-)",
            // A gang is an unidentified gang, not an unidentified armed group.
            "On 4 March 2024, gang members shot dead a shopkeeper in Culiacan, Sinaloa, Mexico.|Attack|Unidentified Gang (Mexico)",
            // Those who repelled an attack were attacked: the killed attackers are actor1.
            "On 9 May 2020, nine Taliban militants were killed when Afghan forces repulsed their attack in Chahar Bolak district, Balkh, Afghanistan.|Armed clash|Taliban",
            // Two sides joined by "and" are actor1 and actor2.
            "On 9 May 2020, military forces of India and Pakistan exchanged fire across the Line of Control in Poonch district, India.|Armed clash|Military Forces of India (2014-)",
            // Taking to the streets, going on strike and a motorcade to demand something are protests.
            "On 8 May 2020, supporters of the opposition took to the streets in Lilongwe, Malawi, chanting anti-government songs.|Peaceful protest|Protesters (Malawi)",
            "On 9 May 2020, teachers went on strike in Harare, Zimbabwe, demanding higher wages.|Peaceful protest|Protesters (Zimbabwe)",
            "On 8 May 2020, gym owners held a motorcade in Uberlandia, Brazil, to demand the reopening of gyms.|Peaceful protest|Protesters (Brazil)",
            // Torching a school is property destruction; torching tyres in a protest makes it violent.
            "On 9 May 2020, unidentified gunmen torched a school in Kumba, Cameroon.|Looting/property destruction|Unidentified Armed Group (Cameroon)",
            "Protesters torched tyres and vandalised shops in Lagos, Nigeria, on Monday.|Violent demonstration|Rioters (Nigeria)",
            // Seizing weapons and defusing bombs is disrupted weapons use.
            "On 9 May 2020, police seized a cache of weapons and ammunition in Kirkuk, Iraq.|Disrupted weapons use|Police Forces of Iraq (2020-)",
            "On 9 May 2020, an IED was defused by the army on a road near Gao, Mali.|Disrupted weapons use|Military Forces of Mali (2013-)",
            // Fire observed by ceasefire monitors: explosions are shelling, shots or bursts a fight.
            "On 9 May 2020, the monitoring mission observed 21 explosions involving unknown weapons near Avdiivka, Ukraine.|Shelling/artillery/missile attack|-",
            "On 9 May 2020, the monitoring mission observed a total of 70 explosions/bursts of fire involving small arms near Toretsk, Ukraine.|Armed clash|-",
            // Bursts from heavy machine guns alone are heavy weapons' fire: shelling, as ACLED codes it.
            "On 9 May 2020, the monitoring mission observed a total of 15 bursts of fire involving heavy machine guns near Toretsk, Ukraine.|Shelling/artillery/missile attack|-",
            "On 9 May 2020, the monitoring mission observed a total of 15 bursts of fire involving heavy machine guns and small arms near Toretsk, Ukraine.|Armed clash|-",
            // Grenade launchers and heavy machine guns fired at positions, without small arms: shelling.
            "On 9 May 2020, rebel forces fired heavy machine guns and grenade launchers at government positions near Avdiivka, Ukraine.|Shelling/artillery/missile attack|Unidentified Armed Group (Ukraine)",
            // The other side of a clash is the one it was "with".
            "A mob clashed with police in Deoband, India, on Monday.|Mob violence|Rioters (India)",
            // An exchange of fire is a fight; so is a clash with artillery, and fire in both directions.
            "On 8 May 2020, four Maoist cadres and a police officer were killed in an exchange of fire near Pardhoni, Chhattisgarh, India.|Armed clash|-",
            "On 9 May 2020, a clash between two militias, involving heavy artillery fire, was reported in Tripoli, Libya.|Armed clash|-",
            "On 9 May 2020, the monitors observed a total of 5 projectiles/explosions in both directions of the frontline near Avdiivka, Ukraine.|Armed clash|-",
            // Locals who beat a man are a mob.
            "On 8 May 2020, in Manaus, Brazil, a suspected thief was beaten up by locals inside a bus terminal.|Mob violence|Rioters (Brazil)",
            // The victims of the first of two joined participles are no subject of the second.
            "A roadside bomb struck an army patrol near Baquba, Iraq, on Tuesday, killing four soldiers and wounding two others.|Remote explosive/landmine/IED|Unidentified Armed Group (Iraq)",
            // A participle the parse hangs on the verb's target acts with the verb's subject.
            "On 3 May 2024, the Taliban threw a grenade at a mosque in Sharana, Paktika, injuring 20 worshipers.|Grenade|Taliban",
            // Herdsmen who burned houses destroyed property.
            "On 9 May 2020, herdsmen burned houses in Agatu, Benue, Nigeria.|Looting/property destruction|-",
            // Actors carry the country as ACLED writes it.
            "Hundreds of traders protested against new taxes in Kinshasa, Democratic Republic of the Congo, on Monday.|Peaceful protest|Protesters (Democratic Republic of Congo)",
            // Libya's two rival armed forces are named as ACLED names them, not as Libya's one army.
            "On 7 May 2020, shells fired by LNA forces killed two civilians in Ain Zara, Tripoli, Libya.|Shelling/artillery/missile attack|Military Forces of Libya (2014-) Haftar Faction",
            "On 7 May 2020, GNA forces shelled positions of the Libyan National Army near Tarhuna, Libya.|Shelling/artillery/missile attack|Military Forces of Libya (2016-) Government of National Accord",
            // Workers, community members, citizens who fight are a mob: rioters, mob violence.
            "Community members stoned a police officer to death in Kisumu, Kenya, on 4 March 2024.|Mob violence|Rioters (Kenya)",
            "On 4 March 2024, migrant workers clashed with police in Surat, Gujarat, India.|Mob violence|Rioters (India)",
            "On 4 March 2024, a group of youths clashed with a group of workers over a land dispute in Kisumu, Kenya.|Mob violence|Rioters (Kenya)",
            // Shot and injured, in the passive and without a doer, after an attack: its casualty, not a second attack.
            "Suspects blew up a bank branch in Celaya, Mexico, on Monday. One guard was shot and injured.|Remote explosive/landmine/IED|Unidentified Armed Group (Mexico)",
            // Road blocks of burning tyres and clashes with the police make a protest violent (ACLED's definition).
            "Hundreds of traders blocked roads with burning tyres in Lagos, Nigeria, on 4 March 2024 to protest against new taxes.|Violent demonstration|Rioters (Nigeria)",
            "On 4 March 2024, students held a protest in Madurai, India, against fee increases, and set up barricades on the main road.|Violent demonstration|Rioters (India)",
            "On 4 March 2024, nurses barricaded themselves inside the health ministry in Harare, Zimbabwe, to protest unpaid wages.|Peaceful protest|Protesters (Zimbabwe)",
            // "the demonstration" police dispersed is the one just told, whatever it became.
            "Demonstrators blocked roads with burning tyres in Sfax, Tunisia, on Monday to protest against water cuts. Police intervened to disperse the demonstration.|Violent demonstration|Rioters (Tunisia)",
            "On 4 March 2024, students held a demonstration in Madurai, India, against fee increases. Police clashed with the demonstrators.|Violent demonstration|Rioters (India)",
            // Weapons seized after a casualty report belong to its event, which is placed only later.
            "On 3 March 2024, in Niteroi, Rio de Janeiro, police carried out an operation against drug trafficking. Two suspects were shot and injured. The police seized a pistol and drugs.|Attack|-",
            // "conducted airstrikes targeting X": the participle's doer is the subject of the verb whose object it describes.
            "On 3 March 2024, the Egyptian army conducted airstrikes targeting Islamic State militants near Rafah, North Sinai, Egypt.|Air/drone strike|Military Forces of Egypt (2014-)",
            // "during a police raid": the actor named before the noun of the act is its doer.
            "On 3 March 2024, a drug suspect was killed during a police raid in Cabanatuan, Nueva Ecija, Philippines.|Attack|Police Forces of the Philippines (2022-)",
            // A repelled attack whose attackers the text names: the named group, not the generic militants killed.
            "Government troops in Andar district of Ghazni, Afghanistan, repelled an attack by Taliban militants on their checkpoint on 14 June 2021, killing four of the attackers.|Armed clash|Taliban",
    })
    void sentenceGivesOneEventOfItsType(String sentence, String subEventType, String actor1) {
        Article article = new Article("rule-" + Integer.toHexString(sentence.hashCode()), null, null, null,
                LocalDate.of(2024, 5, 8), "en", sentence);
        List<Event> events = SharedPipeline.get().process(article).events();
        assertThat(events).as(sentence).hasSize(1);
        assertThat(events.get(0).type().acledName()).isEqualTo(subEventType);
        if (!actor1.equals("-")) {
            assertThat(events.get(0).actor1()).isNotNull();
            assertThat(events.get(0).actor1().name()).isEqualTo(actor1);
        }
    }

    /** Bodies found are killings by unknown hands; the wounds of the dead make no injured. */
    @Test
    void menFoundDeadAreFatalitiesOfAnAttack() {
        Article article = new Article("found-dead", null, null, null, LocalDate.of(2024, 5, 8), "en",
                "Two men were found dead with gunshot wounds in Kano, Nigeria, on Monday.");
        List<Event> events = SharedPipeline.get().process(article).events();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).type().acledName()).isEqualTo("Attack");
        assertThat(events.get(0).fatalities()).isEqualTo(2);
        assertThat(events.get(0).injured()).isZero();
        assertThat(events.get(0).actor1().name()).isEqualTo("Unidentified Armed Group (Nigeria)");
    }

    /** The other side of a fight: the forces that repelled the attack, the second of two sides joined by "and". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "On 9 May 2020, nine Taliban militants were killed when Afghan forces repulsed their attack in Chahar Bolak district, Balkh, Afghanistan.|Military Forces of Afghanistan (2014-)",
            "On 9 May 2020, military forces of India and Pakistan exchanged fire across the Line of Control in Poonch district, India.|Military Forces of Pakistan (2018-)",
    })
    void theOtherSideIsActor2(String sentence, String actor2) {
        Article article = new Article("side-" + Integer.toHexString(sentence.hashCode()), null, null, null,
                LocalDate.of(2020, 5, 12), "en", sentence);
        List<Event> events = SharedPipeline.get().process(article).events();
        assertThat(events).as(sentence).hasSize(1);
        assertThat(events.get(0).actor2()).isNotNull();
        assertThat(events.get(0).actor2().name()).isEqualTo(actor2);
    }

    /**
     * Both sides of a fight as a coder reads them: fire at a front settlement whose shooter the text
     * leaves unnamed is the other side's (fronts.tsv, front-holdings.tsv); two states' forces named
     * together list the forces of the country it happened in first; a place fired at and civilians
     * hurt are no side; forces "located at" a place are the ones that fired. "-" for no actor2.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // Explosions seen near a settlement the separatists hold: the government's forces shelled it.
            "On 10 May 2020, the OSCE SMM observed 14 explosions involving unknown weapons near Sokilnyky.|Shelling/artillery/missile attack|Military Forces of Ukraine (2019-)|-",
            // Fire both ways near a government-held settlement: the separatists against the government's forces.
            "On 10 May 2020, the OSCE SMM observed 40 shots and bursts of fire involving small arms in both directions of the frontline near Krymske.|Armed clash|NAF: United Armed Forces of Novorossiya|Military Forces of Ukraine (2019-)",
            // Exchanged fire in Pakistan-administered Kashmir: Pakistan's forces first; the sector fired at is a place.
            "On 10 May 2020, military forces of India and Pakistan exchanged fire across the LoC at Battal sector area (Kotli district, Azad Kashmir, Pakistan).|Armed clash|Military Forces of Pakistan (2018-)|Military Forces of India (2014-)",
            // Civilians hurt in the exchange are its casualties, not its other side.
            "On 10 May 2020, military forces of India and Pakistan exchanged fire across the LoC at Keran sector area (Kupwara district, Jammu and Kashmir, India) in which two Indian civilians were injured.|Armed clash|Military Forces of India (2014-)|Military Forces of Pakistan (2018-)",
            // "located at" only places the forces, who fired.
            "On 10 May 2020, military forces of Artsakh located at hills in Martakert region fired with machine guns on the positions of the military forces of Azerbaijan near Tartar, Azerbaijan.|Armed clash|Military Forces of Artsakh (2007-)|Military Forces of Azerbaijan (2003-)",
    })
    void bothSidesOfAFight(String sentence, String subEventType, String actor1, String actor2) {
        Article article = new Article("front-" + Integer.toHexString(sentence.hashCode()), null, null, null,
                LocalDate.of(2020, 5, 12), "en", sentence);
        List<Event> events = SharedPipeline.get().process(article).events();
        assertThat(events).as(sentence).hasSize(1);
        assertThat(events.get(0).type().acledName()).isEqualTo(subEventType);
        assertThat(events.get(0).actor1()).isNotNull();
        assertThat(events.get(0).actor1().name()).isEqualTo(actor1);
        if (actor2.equals("-")) {
            assertThat(events.get(0).actor2()).isNull();
        } else {
            assertThat(events.get(0).actor2()).isNotNull();
            assertThat(events.get(0).actor2().name()).isEqualTo(actor2);
        }
    }

    /** Beaten or stabbed to death: the attack killed its victim. */
    @Test
    void beatenToDeathIsAFatality() {
        Article article = new Article("beaten", null, null, null, LocalDate.of(2024, 5, 8), "en",
                "A man was beaten to death by a group of men in Manaus, Brazil, on Monday.");
        List<Event> events = SharedPipeline.get().process(article).events();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).fatalities()).isEqualTo(1);
    }

    /** "shot dead two policemen": the victims after "dead" are the dead. */
    @Test
    void shotDeadBeforeItsObjectIsAFatality() {
        Article article = new Article("shot-dead", null, null, null, LocalDate.of(2024, 5, 8), "en",
                "Gunmen on motorbikes shot dead three traders at a market in Kaduna, Nigeria, on Monday.");
        List<Event> events = SharedPipeline.get().process(article).events();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).fatalities()).isEqualTo(3);
    }

    /** "The victim was shot dead." tells the same death again; "The driver was also killed." tells another. */
    @Test
    void aVictimToldAgainIsCountedOnce() {
        Article again = new Article("victim-again", null, null, null, LocalDate.of(2024, 5, 8), "en",
                "Gunmen killed a shopkeeper in Kano, Nigeria, on Monday. The victim was shot dead outside his shop.");
        List<Event> once = SharedPipeline.get().process(again).events();
        assertThat(once).hasSize(1);
        assertThat(once.get(0).fatalities()).isEqualTo(1);
        Article another = new Article("driver-also", null, null, null, LocalDate.of(2024, 5, 8), "en",
                "Gunmen attacked a bus in Kaduna, Nigeria, on Monday, killing two passengers. The driver was also killed.");
        List<Event> more = SharedPipeline.get().process(another).events();
        assertThat(more).hasSize(1);
        assertThat(more.get(0).fatalities()).isEqualTo(3);
    }

    /** Nobody burned the shops: an accidental fire is no event; weapons seized in an arrest are part of it. */
    @Test
    void noPerpetratorNoDestructionAndSeizuresInAnArrestAreTheArrest() {
        Article fire = new Article("market-fire", null, null, null, LocalDate.of(2024, 5, 8), "en",
                "A fire burned 20 shops at a market in Kano, Nigeria, on Monday.");
        assertThat(SharedPipeline.get().process(fire).events()).isEmpty();
        Article arrest = new Article("arrest-rifles", null, null, null, LocalDate.of(2024, 5, 8), "en",
                "Police arrested three men in Kano, Nigeria, on Monday, adding that two rifles had been seized.");
        List<Event> events = SharedPipeline.get().process(arrest).events();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).type().acledName()).isEqualTo("Arrests");
    }

    /** Those who die are victims, not attackers: "Three officers died." adds to the attack told before it. */
    @Test
    void theDeadAreVictimsOfTheAttackBefore() {
        Article article = new Article("officers-died", null, null, null, LocalDate.of(2024, 5, 8), "en",
                "Armed men attacked a police patrol in Celaya, Mexico, on Monday. Three officers died.");
        List<Event> events = SharedPipeline.get().process(article).events();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).fatalities()).isEqualTo(3);
        assertThat(events.get(0).actor1().name()).isEqualTo("Unidentified Armed Group (Mexico)");
        assertThat(events.get(0).actor2().name()).startsWith("Police Forces of Mexico");
    }

    /** "The police intervened" is the intervention in the protest just told; after no protest it is nothing. */
    @Test
    void anInterventionJoinsTheProtestBeforeItAndIsNothingAlone() {
        Article protest = new Article("intervened", null, null, null, LocalDate.of(2024, 5, 8), "en",
                "Residents staged a protest outside a ration shop in Kano, Nigeria, on Monday. The police intervened and brought the situation under control.");
        List<Event> events = SharedPipeline.get().process(protest).events();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).type().acledName()).isEqualTo("Protest with intervention");
        assertThat(events.get(0).actor2().name()).startsWith("Police Forces of Nigeria");
        Article alone = new Article("intervened-alone", null, null, null, LocalDate.of(2024, 5, 8), "en",
                "The governor intervened in the dispute over the budget in Kano, Nigeria, on Monday.");
        assertThat(SharedPipeline.get().process(alone).events()).isEmpty();
    }
    /**
     * Where an event happened when the parse does not lead there: a casualty report that joins no
     * earlier event is placed by its own sentence (or the paragraph before it), a chain that
     * reaches only a country through an actor ("the forces of Azerbaijan") takes the places the
     * sentence names, and an opening "in X, Y," contains the places reached.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "On 3 March 2024, in Caruaru, Pernambuco, the bodies of two men were found by a road with gunshot wounds.|Caruaru|Pernambuco",
            "On 4 March 2024, in Pune, Maharashtra, armed men threw a grenade at a shop. One person was killed and three were injured.|Pune|Maharashtra",
            "On 4 March 2024, Artsakh forces fired on the positions of the military forces of Azerbaijan assumed to be located near Tovuz.|Tovuz|Tovuz",
            // The sentence's opening place frames it: the neighbourhood is no namesake in another state.
            "On 2 March 2024, in Tijuana, Baja California, two men were shot dead in Colonia Libertad.|Tijuana|Baja California",
            "Around 5 March 2024 (as reported), in Culiacan, Sinaloa, a man was shot dead in Colonia Buena Vista.|Culiacan|Sinaloa",
            // Places carried to a later sentence keep that order.
            "On 6 March 2024, in Manzanillo, Colima, two men on a motorcycle carried out a drive-by shooting against a trader in Colonia La Joya. The trader died.|Manzanillo|Colima",
            // A district the gazetteer lacks does not end the containers in brackets: Bule is no Swiss Bulle.
            "On 5 March 2024, gunmen killed three villagers near Bule (Djugu, Ituri).|Ituri|Ituri",
            // A village the gazetteer lacks is placed by its bracket, even when the bracket's first name
            // is a namesake abroad only and opens the story (no dateline place to add).
            "On 5 March 2024, suspected militants attacked the village of Gaigorou (Dessa, Tillabery), Niger, and killed two civilians.|Tillaberi|Tillaberi",
            // A province GeoNames writes with its kind in French ("Province du Séno") is found by its name.
            "On 5 March 2024, militants killed a youth in the village of Bouloye-Thiouly (Dori, Seno), Burkina Faso.|Dori|Sahel",
            // "city" after a name is no place of its own (GeoNames lists towns also called "The City").
            "On 5 March 2024, near a market in Islamabad city, Pakistan, a man was shot by gunmen.|Islamabad|Federal Capital Territory",
    })
    void eventIsPlacedByTheSentenceWhenTheParseReachesNoPlace(String text, String place, String admin1) {
        Article article = new Article("place-" + Integer.toHexString(text.hashCode()), null, null, null,
                LocalDate.of(2024, 3, 5), "en", text);
        List<Event> events = SharedPipeline.get().process(article).events();
        assertThat(events).as(text).hasSize(1);
        assertThat(events.get(0).location()).isNotNull();
        assertThat(events.get(0).location().place().name()).isEqualTo(place);
        assertThat(events.get(0).location().place().admin1()).isEqualTo(admin1);
    }

    /** A casualty report takes the date of the sentence before it, even one that coded no event. */
    @Test
    void aMentionTakesTheDateOfAnEarlierSentence() {
        Article article = new Article("date-carried", null, null, null, null, "en",
                "On 2 March 2024, in Niteroi, Rio de Janeiro, police officers went to a community to stop drug dealing. Two suspects were shot and injured.");
        List<Event> events = SharedPipeline.get().process(article).events();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).date()).isEqualTo(LocalDate.of(2024, 3, 2));
    }

    /** "military police", "federal police", "state police": units of the forces, dated between forces and unit. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "On 2 March 2024, in Recife, Brazil, military police officers shot dead a drug trafficker during an operation.|Military Forces of Brazil (2023-) Military Police",
            "On 2 March 2024, in Culiacan, Mexico, state police clashed with armed men.|Police Forces of Mexico (2018-) State Police",
            "On 2 March 2024, in Recife, Brazil, federal police forces seized a ton of cocaine and arrested two men.|Police Forces of Brazil (2023-) Federal Police",
            "On 2 March 2024, in Recife, Brazil, police officers shot dead a drug trafficker during an operation.|Police Forces of Brazil (2023-)",
    })
    void policeUnitsAreNamedAsUnits(String sentence, String forces) {
        Article article = new Article("unit-" + Integer.toHexString(sentence.hashCode()), null, null, null, null, "en", sentence);
        List<Event> events = SharedPipeline.get().process(article).events();
        assertThat(events).as(sentence).hasSize(1);
        Event e = events.get(0);
        assertThat(java.util.stream.Stream.of(e.actor1(), e.actor2()).filter(java.util.Objects::nonNull).map(a -> a.name()))
                .contains(forces);
    }

    /** Rioters face the police only when the police intervene. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Hundreds of traders blocked roads with burning tyres in Lagos, Nigeria, on 4 March 2024 to protest against new taxes.|-",
            "Hundreds of traders blocked roads with burning tyres in Lagos, Nigeria, on 4 March 2024 to protest against new taxes. Police fired tear gas to disperse them.|Police Forces of Nigeria (2023-)",
    })
    void violentDemonstrationFacesThePoliceOnlyWhenTheyIntervene(String text, String actor2) {
        Article article = new Article("riot-" + Integer.toHexString(text.hashCode()), null, null, null, null, "en", text);
        List<Event> events = SharedPipeline.get().process(article).events();
        assertThat(events).as(text).hasSize(1);
        assertThat(events.get(0).type().acledName()).isEqualTo("Violent demonstration");
        if (actor2.equals("-")) {
            assertThat(events.get(0).actor2()).isNull();
        } else {
            assertThat(events.get(0).actor2().name()).isEqualTo(actor2);
        }
    }

    /** A pronoun victim is one person; "He later died." after an injury is that person's death, not another. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Two gunmen on a motorbike opened fire on a grocer in Kano, Nigeria, on Monday, killing him at once.|1",
            "A suicide bomber killed himself and two soldiers at a checkpoint in Maiduguri, Nigeria, on Monday.|3",
            "A party worker was shot in the chest in Kano, Nigeria, on Monday. He died in hospital the next day.|1",
            "Gunmen killed a grocer in Kano, Nigeria, on Monday. He died at the scene.|1",
    })
    void aPersonalPronounVictimIsOnePerson(String text, int fatalities) {
        Event e = onlyEvent("pronoun", LocalDate.of(2024, 5, 8), text);
        assertThat(e.fatalities()).isEqualTo(fatalities);
    }

    /** The force a rank or post belongs to, named by a modifier, a title, an apposition or "of". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Unidentified gunmen killed an army officer in Kano, Nigeria, on Monday.|Military Forces of Nigeria",
            "Gunmen shot dead a police head constable in Kano, Nigeria, on Monday.|Police Forces of Nigeria",
            "Gunmen shot dead a constable in Kano, Nigeria, on Monday.|Police Forces of Nigeria",
            "Gunmen killed Colonel Musa Bello in Kano, Nigeria, on Monday.|Military Forces of Nigeria",
            "Gunmen killed Brigadier General Musa Bello in Kano, Nigeria, on Monday.|Military Forces of Nigeria",
            "Gunmen shot dead Musa Bello, a police official, in Kano, Nigeria, on Monday.|Police Forces of Nigeria",
            "Gunmen shot dead an assistant inspector of police in Kano, Nigeria, on Monday.|Police Forces of Nigeria",
            "Gunmen shot dead Musa Bello, a grocer, in Kano, Nigeria, on Monday.|Civilians (Nigeria)",
            // ACLED codes soldiers and police off duty or retired as civilians.
            "Gunmen shot dead an off-duty soldier in Kano, Nigeria, on Monday.|Civilians (Nigeria)",
            "Gunmen killed a retired army colonel in Kano, Nigeria, on Monday.|Civilians (Nigeria)",
            "Gunmen killed his brother, a police constable (off-duty), in Kano, Nigeria, on Monday.|Civilians (Nigeria)",
    })
    void aRankOrPostNamesItsForce(String text, String actor2) {
        Event e = onlyEvent("rank", LocalDate.of(2024, 5, 8), text);
        assertThat(e.actor2()).isNotNull();
        assertThat(e.actor2().name()).startsWith(actor2);
    }

    /**
     * The tokenizer splits "shoot-out" into "shoot", "-", "out": the fight is still found, its sides
     * taken from the verb ("broke out between …"), and after a raid by a named actor it is that
     * actor's fight, one armed clash.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A shoot-out broke out between police and gang members in Recife, Brazil, on Monday.|Armed clash|Police Forces of Brazil|0",
            "Police raided a slum in Recife, Brazil, on Monday. A shoot-out broke out and a suspect was killed.|Armed clash|Police Forces of Brazil|1",
            "Soldiers raided a hideout near Kupwara, India, on Monday. An intense gun-battle followed in which two militants died.|Armed clash|Military Forces of India|2",
    })
    void aHyphenatedFightIsFoundAndJoinsTheRaidBeforeIt(String text, String type, String side, int fatalities) {
        Event e = onlyEvent("fight", LocalDate.of(2024, 5, 8), text);
        assertThat(e.type().acledName()).isEqualTo(type);
        assertThat(java.util.stream.Stream.of(e.actor1(), e.actor2()).filter(java.util.Objects::nonNull).map(a -> a.name()))
                .anyMatch(n -> n.startsWith(side));
        assertThat(e.fatalities()).isEqualTo(fatalities);
    }

    /** Named units of state forces, named as ACLED names them, the government's period before the unit. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Militants fired on a CRPF patrol in Srinagar, India, on Monday, killing two CRPF personnel.|Police Forces of India (2014-) Central Reserve Police Force",
            "Two NDS members were shot dead by unknown gunmen in Herat, Afghanistan, on Monday.|Police Forces of Afghanistan (2014-) National Directorate of Security",
    })
    void namedUnitsOfStateForces(String text, String actor2) {
        Event e = onlyEvent("unit", LocalDate.of(2020, 5, 8), text);
        assertThat(e.type().acledName()).isEqualTo("Armed clash");
        assertThat(e.actor2().name()).isEqualTo(actor2);
    }

    /**
     * Groups and forces as ACLED names them where and when they act: the Islamic State's province by
     * country, the forces of a foreign state with its own government's period, militias by their
     * people and country, rebels by ACLED's acronym and name.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Islamic State militants attacked an army checkpoint near Rafah in North Sinai, Egypt, on Monday, killing two soldiers.|Islamic State (Egypt)",
            "French troops killed ten militants in an air strike near Menaka, Mali, on Monday.|Military Forces of France (2017-)",
            "Tiv militias attacked a village in Taraba state, Nigeria, on Monday and killed six residents.|Tiv Ethnic Militia (Nigeria)",
            "BLA militants attacked a Frontier Corps post in Kech district, Balochistan, Pakistan, on Monday, killing two soldiers.|BLA: Baloch Liberation Army",
            "Maoists ambushed a police patrol in Bijapur district, Chhattisgarh, India, on Monday, killing two policemen.|Naxal-Maoist Rebels (India)",
    })
    void groupsAndForcesAsAcledNamesThem(String text, String actor1) {
        Event e = onlyEvent("named", LocalDate.of(2020, 5, 8), text);
        assertThat(e.actor1().name()).as(text).isEqualTo(actor1);
    }

    /** A fight whose sides the sentence leaves unsaid is fought by the state force the article is about. */
    @Test
    void theUnsaidSideOfAFightIsTheArticlesStateForce() {
        Event e = onlyEvent("unsaid-side", LocalDate.of(2024, 5, 8),
                "Police officers went to a slum in Recife, Brazil, on Monday to stop drug trafficking."
                        + " An intense shoot-out broke out and a suspect was wounded.");
        assertThat(e.type().acledName()).isEqualTo("Armed clash");
        assertThat(e.actor1().name()).startsWith("Police Forces of Brazil");
        assertThat(e.actor2().name()).isEqualTo("Unidentified Armed Group (Brazil)");
    }

    /** Whom a killing befell counts one whatever the noun; his body found is the same dead; livestock is no one. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Gunmen stormed a house in Kano, Nigeria, on Monday and killed the chairman of the council.|1",
            "A man was killed in Kano, Nigeria, on Monday and his body was found in a ditch.|1",
            "Bandits attacked a village near Kano, Nigeria, on Monday, killed four farmers and killed livestock.|4",
    })
    void anyoneKilledCountsOnce(String text, int fatalities) {
        Event e = onlyEvent("victim-noun", LocalDate.of(2024, 5, 8), text);
        assertThat(e.fatalities()).isEqualTo(fatalities);
    }

    /** The one event the pipeline codes from {@code text}; fails the test if there are none or several. */
    /** Worshipers (either spelling), pilgrims, mourners, boys and girls are civilians. */
    @ParameterizedTest
    @ValueSource(strings = {
            "On 3 May 2024, gunmen opened fire on worshipers leaving a mosque in Sharana, Paktika, killing two.",
            "On 3 May 2024, gunmen abducted two boys from a house in Jowhar, Middle Shabelle, Somalia.",
            "On 3 May 2024, a roadside bomb killed four pilgrims on a bus near Karbala, Iraq.",
    })
    void peopleAtPrayerOrOnTheRoadAreCivilians(String text) {
        Event e = onlyEvent("civilians", LocalDate.of(2024, 5, 4), text);
        assertThat(e.actor2()).isNotNull();
        assertThat(e.actor2().name()).startsWith("Civilians (");
    }

    private static Event onlyEvent(String id, LocalDate published, String text) {
        List<Event> events = SharedPipeline.get().process(new Article(id, null, null, null, published, "en", text)).events();
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    /**
     * Who shoots armed men fights them, as an unidentified armed group; villagers who beat a soldier
     * are a mob. A place the parse takes for a second subject ("in Acapulco, Guerrero, police
     * officers were shot") is not who was shot.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "On Monday, in Acapulco, Guerrero, police officers on patrol were shot by a man who fled.|Armed clash|Unidentified Armed Group (Mexico)|Police Forces of Mexico",
            "On Monday, villagers beat a soldier with sticks in Kano, Nigeria, after a dispute over a goat.|Mob violence|Rioters (Nigeria)|Military Forces of Nigeria",
    })
    void aManWhoShootsArmedMenIsArmed(String text, String type, String actor1, String actor2) {
        Event e = onlyEvent("shot-police", LocalDate.of(2024, 5, 8), text);
        assertThat(e.type().acledName()).isEqualTo(type);
        assertThat(e.actor1().name()).isEqualTo(actor1);
        assertThat(e.actor2().name()).startsWith(actor2);
    }

    /**
     * An attack or a killing told with the other side fighting back (a clash, a firefight, a repelled
     * attack) is a battle; clans fight as militias; villagers who clash unarmed are a mob.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "On Monday, gunmen attacked a village in Katsina, Nigeria, and clashed with local vigilantes who tried to repel them.|Armed clash",
            "On Monday, two people were killed during inter-clan clashes near Galkayo, Somalia.|Armed clash",
            "On Monday, two villagers were killed when rival families clashed over a land dispute in Kano, Nigeria.|Mob violence",
    })
    void aFightBackMakesABattle(String text, String type) {
        assertThat(onlyEvent("fight-back", LocalDate.of(2024, 5, 8), text).type().acledName()).isEqualTo(type);
    }

    /** People who throw stones at the state's forces, without guns, riot: rioters against the police. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "On Monday, a clash erupted between police and shopkeepers in Badin, Pakistan, and the shopkeepers pelted stones at the police.|Mob violence|Rioters (Pakistan)",
            "On Monday, gunmen fired at a police patrol in Badin, Pakistan, and threw stones at the officers.|Armed clash|Unidentified Armed Group (Pakistan)",
    })
    void stonesAgainstThePoliceAreARiot(String text, String type, String actor1) {
        Event e = onlyEvent("stones", LocalDate.of(2024, 5, 8), text);
        assertThat(e.type().acledName()).isEqualTo(type);
        assertThat(e.actor1().name()).isEqualTo(actor1);
        assertThat(e.actor2().name()).startsWith("Police Forces of Pakistan");
    }

    /**
     * A crowd's violence for a demand is a violent demonstration; a protest whose next sentence
     * tells the police stepping in met an intervention.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "On Monday, about 200 migrant workers pelted stones and clashed with the police in Ludhiana, India, demanding to be sent home.|Violent demonstration|Police Forces of India",
            "On Monday, villagers staged a demonstration in front of a clinic in Ambassa, India, against the treatment of infected soldiers. Police resorted to a baton charge to bring the situation under control.|Protest with intervention|Police Forces of India",
    })
    void aCrowdWithADemandAndThePoliceSteppingIn(String text, String type, String actor2) {
        Event e = onlyEvent("crowd", LocalDate.of(2024, 5, 8), text);
        assertThat(e.type().acledName()).isEqualTo(type);
        assertThat(e.actor2().name()).startsWith(actor2);
    }

    /** National armies and armed groups by the names news gives them, with ACLED's canonical names. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "On Monday, FARDC soldiers clashed with CODECO militiamen near Djugu, Ituri, in the Democratic Republic of Congo.|Military Forces of the Democratic Republic of Congo (2019-)|CODECO: Cooperative for Development of Congo",
            "On Monday, SSPDF soldiers clashed with NAS rebels in Lainya county, South Sudan.|Military Forces of South Sudan (2011-)|NAS: National Salvation Front",
    })
    void namedForcesAndGroups(String text, String actor1, String actor2) {
        Event e = onlyEvent("named", LocalDate.of(2024, 5, 8), text);
        assertThat(e.type().acledName()).isEqualTo("Armed clash");
        assertThat(List.of(e.actor1().name(), e.actor2().name())).containsExactlyInAnyOrder(actor1, actor2);
    }

    /** Men who open fire are armed men, not a mob; villagers who beat a thief to death are a mob. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "On Monday, men in a car opened fire on people outside a bar in Kano, Nigeria, injuring three.|Attack|Unidentified Armed Group (Nigeria)",
            "On Monday, villagers beat a suspected thief to death in Kano, Nigeria.|Mob violence|Rioters (Nigeria)",
    })
    void menWhoOpenFireAreNoMob(String text, String type, String actor1) {
        Event e = onlyEvent("drive-by", LocalDate.of(2024, 5, 8), text);
        assertThat(e.type().acledName()).isEqualTo(type);
        assertThat(e.actor1().name()).isEqualTo(actor1);
    }

    /**
     * In Latin America, where ACLED codes criminal violence, the unidentified perpetrator of a
     * killing the text gives to criminal groups, or that bears organised crime's hallmarks, is an
     * unidentified gang; in Brazil, where gangs and police militias kill alike, a hallmark killing
     * no gang is named for is "Unidentified Gang and/or Police Militia". Elsewhere, and without
     * either, the perpetrator stays an unidentified armed group.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "On Monday, in Celaya, Guanajuato, Mexico, armed men carried out a drive-by shooting against a man. The victim died.|Unidentified Gang (Mexico)",
            "On Monday, in Culiacan, Sinaloa, Mexico, a man was found dead. His hands were tied and he had been shot.|Unidentified Gang (Mexico)",
            "On Monday, in Uruapan, Michoacan, Mexico, a man was killed and his beheaded body was left on a road.|Unidentified Gang (Mexico)",
            "On Monday, in Celaya, Guanajuato, Mexico, gunmen killed two men. Police said a criminal group was behind the attack.|Unidentified Gang (Mexico)",
            "On Monday, in San Pedro Sula, Honduras, two men were shot dead by gang members.|Unidentified Gang (Honduras)",
            "On Monday, in Celaya, Guanajuato, Mexico, two armed men shot dead a man outside his home.|Unidentified Armed Group (Mexico)",
            "On Monday, in Recife, Pernambuco, Brazil, a man was killed in a drive-by shooting by two armed men on a motorcycle.|Unidentified Gang and/or Police Militia",
            "On Monday, in Fortaleza, Ceara, Brazil, a man was shot dead by armed men. Police believe rivalry between gangs was the motive.|Unidentified Gang (Brazil)",
            "On Monday, in Kano, Nigeria, a man was killed in a drive-by shooting by two armed men on a motorcycle.|Unidentified Armed Group (Nigeria)",
    })
    void criminalViolenceInLatinAmericaIsGangs(String text, String actor1) {
        Event e = onlyEvent("crime-" + Integer.toHexString(text.hashCode()), LocalDate.of(2024, 5, 8), text);
        assertThat(e.actor1().name()).isEqualTo(actor1);
    }

    /** Latin America's big criminal groups are named as ACLED names them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "On Monday, in Aguililla, Michoacan, Mexico, members of the CJNG clashed with soldiers.|CJNG: Jalisco New Generation Cartel",
            "On Monday, in Reynosa, Tamaulipas, Mexico, gunmen of the Gulf Cartel attacked a bar, killing three men.|Gulf Cartel",
            "On Monday, in Curitiba, Parana, Brazil, PCC members shot dead a prison guard.|PCC: First Capital Command",
    })
    void criminalGroupsAreNamed(String text, String actor1) {
        Event e = onlyEvent("cartel-" + Integer.toHexString(text.hashCode()), LocalDate.of(2024, 5, 8), text);
        assertThat(e.actor1().name()).isEqualTo(actor1);
    }

    /** "Govt", as reports abbreviate "government", makes a vehicle or a camp the forces'. */
    @Test
    void aGovtVehicleIsArmed() {
        Event e = onlyEvent("govt", LocalDate.of(2024, 5, 8),
                "On Monday, Al Shabaab militants ambushed a Govt vehicle near Balcad, Somalia.");
        assertThat(e.type().acledName()).isEqualTo("Armed clash");
    }

    /** The force an article names by its unit ("the Military Police") is that unit where a fight leaves its side unsaid. */
    @Test
    void theUnitTheArticleNamesFightsTheUnsaidSide() {
        Event e = onlyEvent("unit", LocalDate.of(2024, 5, 8),
                "On Monday, in Niteroi, Rio de Janeiro, Brazil, the Military Police carried out an operation against drug trafficking. "
                        + "A shoot-out broke out and a suspect was killed.");
        assertThat(e.type().acledName()).isEqualTo("Armed clash");
        assertThat(e.actor1().name()).isEqualTo("Military Forces of Brazil (2023-) Military Police");
    }

    /**
     * The police unit an article names ("federal police forces", "the Military Police") makes the
     * arrests it leaves unsaid, and is who "the police" or "officers" are there.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "On 2 March 2024, in Recife, Brazil, federal police forces found a ton of cocaine hidden in a truck. Two men were arrested.|Arrests|Police Forces of Brazil (2023-) Federal Police",
            "On 2 March 2024, in Niteroi, Rio de Janeiro, Brazil, the Military Police began an operation in the Fonseca neighborhood. Suspects opened fire on the police officers.|Armed clash|Military Forces of Brazil (2023-) Military Police",
    })
    void theUnitTheArticleNamesIsItsPolice(String text, String type, String unit) {
        Event e = onlyEvent("unit-police-" + Integer.toHexString(text.hashCode()), LocalDate.of(2024, 5, 8), text);
        assertThat(e.type().acledName()).isEqualTo(type);
        assertThat(java.util.stream.Stream.of(e.actor1(), e.actor2()).filter(java.util.Objects::nonNull).map(a -> a.name()))
                .contains(unit);
    }

    /** A lynching is mob violence, whoever the text says did it. */
    @Test
    void aLynchingIsMobViolence() {
        Event e = onlyEvent("lynch", LocalDate.of(2024, 5, 8),
                "On Monday, in Tetela, Puebla, two men accused of stealing a car were lynched and burned inside a vehicle.");
        assertThat(e.type().acledName()).isEqualTo("Mob violence");
        assertThat(e.actor1().name()).isEqualTo("Rioters (Mexico)");
        assertThat(e.fatalities()).isEqualTo(2);
    }

    /** The Arbaki, Afghanistan's pro-government militias, are armed: ambushing them is a fight. */
    @Test
    void theArbakiAreAProGovernmentMilitia() {
        Event e = onlyEvent("arbaki", LocalDate.of(2024, 5, 8),
                "Taliban militants ambushed an Arbaki vehicle in Kunduz province on Monday, killing two Arbakis.");
        assertThat(e.type().acledName()).isEqualTo("Armed clash");
        assertThat(e.actor2().name()).isEqualTo("Militia (Pro-Government)");
    }

    /** An air force that strikes makes an air strike; an air force officer who is shot does not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The government air force targeted seven rebel fuel trucks near Kidal, Mali, on Monday.|Air/drone strike",
            "Gunmen killed an air force officer in Kano, Nigeria, on Monday.|Armed clash",
    })
    void anAirForceStrikesFromTheAir(String text, String type) {
        assertThat(onlyEvent("air-force", LocalDate.of(2024, 5, 8), text).type().acledName()).isEqualTo(type);
    }

    /**
     * People the next sentence has arrested, named as no one in particular, are the protesters: the
     * protest met an intervention. A person arrested before, the protest's cause, is not.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "About 30 nurses held a protest in Kano, Nigeria, on Monday over unpaid wages. Two persons were arrested by the police.|Protest with intervention",
            "Traders staged a demonstration in Kano, Nigeria, on Monday against new market fees. They were arrested for blocking the road.|Protest with intervention",
            "Journalists protested in Kano, Nigeria, on Monday, demanding the release of their editor. He was arrested in March.|Peaceful protest",
    })
    void theArrestedOfTheNextSentenceAreTheProtesters(String text, String type) {
        List<Event> events = SharedPipeline.get().process(new Article("protest-arrest", null, null, null, LocalDate.of(2024, 5, 8), "en", text)).events();
        assertThat(events).extracting(e -> e.type().acledName()).contains(type);
        assertThat(events.get(0).type().acledName()).isEqualTo(type);
    }

    /** Rioting told in the sentence next to a protest turns it violent; rioting of the past does not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hundreds of farmers demonstrated in Kano, Nigeria, on Monday, demanding fertiliser. Some of them pelted stones at the police.|Violent demonstration|Rioters (Nigeria)",
            "Residents protested in Kano, Nigeria, on Monday against a new dump. The crowd set tyres on fire.|Violent demonstration|Rioters (Nigeria)",
            "Teachers protested in Kano, Nigeria, on Monday over unpaid wages. Last year similar protests ended in clashes with the police.|Peaceful protest|Protesters (Nigeria)",
            // The rioting told first, without a protest word; the dispersal after it.
            "Residents blocked the main road of Kano, Nigeria, with burning tires on Monday. The police dispersed the demonstrators with tear gas.|Violent demonstration|Rioters (Nigeria)",
    })
    void riotingInTheNextSentenceTurnsTheProtestViolent(String text, String type, String actor1) {
        List<Event> events = SharedPipeline.get().process(new Article("riot-next", null, null, null, LocalDate.of(2024, 5, 8), "en", text)).events();
        assertThat(events.get(0).type().acledName()).isEqualTo(type);
        assertThat(events.get(0).actor1().name()).isEqualTo(actor1);
    }
    /**
     * A suicide bomber dies in the blast and is among its dead, as ACLED and GTD count them, once:
     * not again when the text counts the bomber itself ("killing himself", "killed the bomber").
     * A suicide vehicle bomb, an explosive vest or belt and self-detonation make a suicide bomb.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A suicide bomber blew himself up at a checkpoint in Quetta, Pakistan, on Monday, killing four policemen.|Suicide bomb|5",
            "Two suicide bombers detonated their explosives at a market in Maiduguri, Nigeria, on Monday, killing six traders.|Suicide bomb|8",
            "A suicide bomber killed himself and two soldiers at a checkpoint in Maiduguri, Nigeria, on Monday.|Suicide bomb|3",
            "A suicide bomber detonated his vest outside a mosque in Kano, Nigeria, on Friday. The blast killed the bomber and two worshippers.|Suicide bomb|3",
            "A suicide bomber detonated his vest outside a mosque in Kano, Nigeria, on Friday. Two worshippers were wounded.|Suicide bomb|1",
            "A militant drove a suicide vehicle-borne improvised explosive device into a police station in Kandahar, Afghanistan, on Monday, killing three officers.|Suicide bomb|4",
            "A man wearing an explosive vest detonated it at a wedding in Kabul, Afghanistan, on Monday, killing seven guests.|Suicide bomb|8",
            "A roadside bomb struck an army patrol near Baquba, Iraq, on Tuesday, killing four soldiers.|Remote explosive/landmine/IED|4",
    })
    void aSuicideBomberIsAmongTheDead(String text, String type, int fatalities) {
        Event e = onlyEvent("suicide", LocalDate.of(2024, 5, 8), text);
        assertThat(e.type().acledName()).isEqualTo(type);
        assertThat(e.fatalities()).isEqualTo(fatalities);
    }
    /**
     * The hostages of an abduction killed in a sentence after it ("He was later found dead", "The
     * villagers were shot dead", "his body was found", "killed by his captors") are the abduction's
     * dead, one event, as the coder counts "abducted and later killed" told in one sentence; a killing
     * of other people is an event of its own. "Took hostage" is an abduction.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Gunmen abducted a tribal elder in Khyber, Pakistan, on Saturday. He was later found dead in Landi Kotal.|1|1",
            "Militants kidnapped two villagers in Latehar, India, on Sunday. The villagers were shot dead two days later.|1|2",
            "Gunmen kidnapped a trader in Kano, Nigeria, on Monday. His body was found in a ditch on Wednesday.|1|1",
            "Gunmen abducted a teacher in Kohat, Pakistan, on Saturday. The teacher was shot and killed later the same day by his captors.|1|1",
            "Rebels took hostage five farmers in Cauca, Colombia, on Saturday. The hostages were later killed.|1|5",
            "Gunmen kidnapped a trader in Kano, Nigeria, on Monday. In a separate incident, soldiers killed three bandits in Kaduna.|2|0",
            // A number of them; the same dead told again.
            "Rebels kidnapped 30 road workers in Farah, Afghanistan, on Wednesday. Four of the hostages were later killed.|1|4",
            "Gunmen abducted a teacher in Kohat, Pakistan, on Saturday and later killed him. His body was found near a canal.|1|1",
            "Gunmen abducted a teacher in Kohat, Pakistan, on Saturday. He was later killed and his body was found near a canal.|1|1",
    })
    void hostagesKilledAfterTheirAbductionAreItsDead(String text, int events, int fatalities) {
        List<Event> all = SharedPipeline.get().process(new Article("hostages", null, null, null, LocalDate.of(2024, 5, 8), "en", text)).events();
        assertThat(all).as(text).hasSize(events);
        assertThat(all.get(0).type().acledName()).isEqualTo("Abduction/forced disappearance");
        assertThat(all.get(0).fatalities()).isEqualTo(fatalities);
    }

    /** "were taken hostage" is an abduction, not an arrest. */
    @Test
    void takenHostageIsAnAbduction() {
        Event e = onlyEvent("taken-hostage", LocalDate.of(2024, 5, 8), "Five farmers were taken hostage by rebels in Cauca, Colombia, on Saturday.");
        assertThat(e.type().acledName()).isEqualTo("Abduction/forced disappearance");
        assertThat(e.arrested()).isZero();
    }

    /**
     * A vehicle, a convoy, a camp, a station belong to armed forces only when the text says so ("a
     * police vehicle", "a military convoy"): a prosecutor's vehicle or a protest camp is no armed
     * target, and firing on it is an attack on civilians, not a fight.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Gunmen opened fire on the vehicle of a senior prosecutor in Cotabato, Philippines, on Monday, wounding him.|Attack",
            "Gunmen opened fire on a vehicle in Yala, Thailand, on Monday, killing its driver.|Attack",
            "Gunmen fired on an anti-government protest camp in Hodeidah, Yemen, on Wednesday, killing one man.|Attack",
            "Militants opened fire on a police vehicle in Mukalla, Yemen, on Monday, killing two officers.|Armed clash",
            "Militants attacked a military convoy near Kidal, Mali, on Monday, killing three soldiers.|Armed clash",
    })
    void aVehicleIsArmedOnlyWhenTheTextSaysSo(String text, String type) {
        assertThat(onlyEvent("vehicle", LocalDate.of(2024, 5, 8), text).type().acledName()).isEqualTo(type);
    }

    /**
     * The dead as news tells them:
     * <ul>
     *   <li>named right after a fronted list of places, though the parse may join them to the places
     *       ("in Wajir, North Eastern, Kenya, three policemen were killed") and leave the verb no
     *       subject, or make the last place the subject;</li>
     *   <li>the dead an attack "left": "leaving three people dead", "left a soldier and a farmer dead";</li>
     *   <li>"them" among the dead stands for the people numbered before it in the sentence, or two
     *       for "them both"; not for things ("two rockets");</li>
     *   <li>a singular passive ("was killed") has one person for subject, even when the text names
     *       them twice.</li>
     * </ul>
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "On Thursday evening, in Wajir, North Eastern, Kenya, three Kenyan policemen were killed and two others were injured when militants detonated a roadside bomb.|3",
            "On Sunday, in the Kili area of Mogadishu, Banaadir, Somalia, six soldiers and four civilians were killed when militants detonated a car bomb near a checkpoint.|10",
            "On Tuesday night, in the Ajegunle area of Lagos, Lagos State, Nigeria, three policemen and one guard were killed when gunmen attacked a bank.|4",
            "On Saturday night, in Sukma, Chhattisgarh, India, two villagers were killed when Maoist militants opened fire on a bus.|2",
            "Gunmen opened fire on a bus in Hangu, Pakistan, on Sunday, leaving three people dead and four injured.|3",
            "The blast left one soldier and one farmer dead in Arauca, Colombia, on Tuesday.|2",
            "Militants opened fire on a police vehicle near Quetta, Pakistan, on Monday, leaving three officers dead and one more wounded.|3",
            "Rebels ambushed two traders on a road near Dungu, Congo, on Monday, killing them.|2",
            "Gunmen opened fire on a shopkeeper and his brother in Karachi, Pakistan, on Sunday, killing them both.|2",
            "Soldiers fired two rockets at the villagers in Jonglei, South Sudan, on Monday, killing them.|0",
            "On 3 May 2024, a community leader and also the treasurer of the council was killed by unidentified gunmen in Tibu, Colombia.|1",
            "On 3 May 2024, a farmer and his son were killed by unidentified gunmen in Tibu, Colombia.|2",
    })
    void theDeadAsNewsTellsThem(String text, int fatalities) {
        assertThat(onlyEvent("dead", LocalDate.of(2024, 5, 8), text).fatalities()).as(text).isEqualTo(fatalities);
    }
}
