package org.sitrep.extract;

import org.sitrep.nlp.Token;

import java.util.Locale;
import java.util.Set;

/**
 * The coder's closed word classes: what makes a report non-factual, which nouns are people, armed
 * targets or kinds of place, which nouns can be events. Immutable.
 */
final class Vocabulary {
    private Vocabulary() {}

    /** Verbs and nouns above a trigger that make it an aim, a plan, a fear or a denial rather than a happening. */
    static final Set<String> NON_FACTUAL_GOVERNORS = Set.of(
            "try", "plan", "aim", "seek", "intend", "want", "threaten", "warn", "prepare", "hope", "attempt", "vow",
            "pledge", "expect", "fear", "deny", "urge", "call", "propose", "consider", "plot", "prevent", "avoid",
            "refuse", "fail", "foil", "thwart", "order", "demand", "promise", "able", "continue", "resume", "would",
            "threat", "bid", "effort", "goal", "intention", "capacity", "ability", "need", "allow", "help", "decide");

    static final Set<String> MODAL_AUX = Set.of("will", "would", "could", "may", "might", "should", "shall", "can", "must", "'ll");

    static final Set<String> HABITUAL = Set.of("periodically", "often", "regularly", "usually", "frequently", "routinely",
            "sometimes", "occasionally", "repeatedly", "always", "never", "rarely", "generally", "typically", "increasingly");

    static final Set<String> NEGATION = Set.of("not", "n't", "never", "no");

    /** Objects of attacks that belong to armed forces: attacking one is a battle, not violence against civilians. */
    static final Set<String> ARMED_TARGETS = Set.of("base", "checkpoint", "outpost", "convoy", "patrol", "position",
            "post", "barracks", "garrison", "headquarters", "camp", "unit", "troop", "soldier", "force", "station", "tank", "vehicle");

    /** Nouns for people, whose count is 1 when singular; an arrest or abduction needs such a patient. */
    static final Set<String> PERSON_NOUNS = Set.of("man", "men", "woman", "women", "leader", "commander", "chief",
            "member", "suspect", "official", "head", "emir", "person", "people", "individual", "element", "operative",
            "rest", "other", "remainder", "financier", "recruiter", "smuggler", "boy", "girl", "child", "journalist",
            "activist", "worker", "farmer", "student", "cleric", "driver", "guard", "officer", "lieutenant", "deputy", "figure",
            "militant", "fighter", "jihadist", "militiaman", "terrorist", "insurgent", "gunman", "soldier", "policeman",
            "protester", "demonstrator", "civilian", "villager", "resident", "group", "cell", "he", "she", "they", "them",
            "victim", "trader", "shopkeeper", "passenger", "teacher", "doctor", "nurse", "pilgrim", "herder", "herdsman",
            "motorist", "youth", "teenager", "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister");

    static final Set<String> PLACE_KEYWORDS = Set.of("village", "town", "city", "district", "area", "region",
            "province", "governorate", "outskirts", "suburb", "neighbourhood", "neighborhood", "state", "county", "municipality");

    /** Nouns for a fight between two sides: "a shoot-out broke out", "clashes between X and Y". */
    static final Set<String> CLASH_NOUNS = Set.of("clash", "shootout", "shoot-out", "gunfight", "firefight", "gunbattle", "skirmish", "fighting");
    /** What police fire at crowds: "fired tear gas" is an intervention, not an attack. */
    static final Set<String> CROWD_CONTROL = Set.of("gas", "cannon", "bullet", "shot", "canister", "shell", "round", "pellet");
    /** Heads of phrases whose people are named after "of": "a group of residents", "a mob of villagers". */
    static final Set<String> COLLECTIVES = Set.of("group", "mob", "crowd", "number", "dozen", "hundred", "band", "gang");
    static final Set<String> NOMINAL_TRIGGERS = Set.of("attack", "ambush", "raid", "assault", "bombing", "clash",
            "shootout", "shoot-out", "gunfight", "firefight", "gunbattle", "skirmish",
            "airstrike", "strike", "explosion", "blast", "protest", "demonstration", "rally", "shelling", "sit-in", "vigil", "march",
            "motorcade", "exchange");

    /** What security forces seize or defuse in a disrupted weapons use: "a cache of weapons", "an IED". */
    static final Set<String> WEAPON_NOUNS = Set.of("weapon", "arm", "ammunition", "ammo", "explosive", "ied", "bomb",
            "mine", "landmine", "rifle", "gun", "pistol", "grenade", "rocket", "mortar", "munition", "cartridge",
            "detonator", "firearm", "kalashnikov", "ak-47", "device");
    /** Heads that hold weapons after "of": "a cache of weapons", "a haul of explosives". */
    static final Set<String> WEAPON_HOLDERS = Set.of("cache", "haul", "consignment", "stockpile", "quantity", "stash", "depot");

    static final Set<String> PROTEST_HOSTS = Set.of("hold", "stage", "organize", "organise", "join", "lead", "take",
            "do", "carry", "mount", "launch", "call");
    /** What crowds do when they protest without the word: "gathered … to demand", "blocked the road to denounce". */
    static final Set<String> PROTEST_ACTIONS = Set.of("gather", "assemble", "block", "march", "rally", "converge",
            "congregate", "occupy", "picket", "stage");
    /** The purposes that make such an action a protest. */
    static final Set<String> PROTEST_PURPOSES = Set.of("demand", "protest", "denounce", "condemn", "oppose", "call",
            "press", "decry", "reject", "express", "voice", "claim", "seek");

    static String lowerWord(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
