package org.sitrep.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates benchmark corpora of news articles from the templates in {@code corpus/templates.txt}:
 * several paragraphs (lede, details, quotes, background, context) of roughly 300–500 words,
 * with actors, places, numbers and dates drawn at random.
 *
 * <p>Deterministic: the same kind, seed and index give the same article, whatever the corpus size
 * (each article has its own random stream), so the first N articles of a larger corpus are the
 * corpus of N. Thread-safe: it holds only the immutable templates.
 */
public final class CorpusGenerator {
    /** What an article is about. */
    public enum Topic { CONFLICT, SPORT, BUSINESS, CULTURE, SCIENCE, WEATHER, POLITICS }

    /** The kind of corpus. */
    public enum Kind {
        /** Every article about armed conflict; about 9 in 10 report a concrete event, the rest talks, threats, denials. */
        CONFLICT,
        /** A news stream: in every block of ten consecutive articles exactly one is about conflict (with an event). */
        FIREHOSE
    }

    private static final List<Topic> OTHER_TOPICS = List.of(Topic.SPORT, Topic.BUSINESS, Topic.CULTURE, Topic.SCIENCE,
            Topic.WEATHER, Topic.POLITICS);
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}|\\[([^\\]]*)]");
    private static final String[] SMALL = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "11", "12", "14", "15", "17", "20", "23", "30"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    private static final int DAYS = 730;

    private final CorpusTemplates templates;

    /** A generator over the bundled templates. */
    public CorpusGenerator() {
        this(CorpusTemplates.bundled());
    }

    CorpusGenerator(CorpusTemplates templates) {
        this.templates = templates;
    }

    /** Articles {@code 0 .. count-1} of the corpus of {@code kind} and {@code seed}. */
    public List<GeneratedArticle> generate(Kind kind, int count, long seed) {
        if (kind == null || count < 0) {
            throw new IllegalArgumentException("kind required and count >= 0, was " + kind + ", " + count);
        }
        List<GeneratedArticle> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(article(kind, i, seed));
        }
        return out;
    }

    /** Article {@code index} of the corpus of {@code kind} and {@code seed}. */
    public GeneratedArticle article(Kind kind, int index, long seed) {
        Random random = new Random(mix(seed, kind.ordinal(), index));
        Topic topic = topic(kind, index, seed, random);
        Slots slots = new Slots(random, templates, FIRST_DAY.plusDays(random.nextInt(DAYS)));
        String title;
        List<String> paragraphs = new ArrayList<>();
        int targetWords = 300 + random.nextInt(180);
        if (topic == Topic.CONFLICT) {
            boolean event = kind == Kind.FIREHOSE || random.nextInt(10) != 0;
            title = slots.fill(pick(random, "conflict.title"));
            Draw details = new Draw(random, "conflict.detail");
            Draw quotes = new Draw(random, "conflict.quote");
            Draw background = new Draw(random, "conflict.background");
            Draw context = new Draw(random, "conflict.context");
            paragraphs.add(slots.fill(pick(random, event ? "conflict.lede" : "conflict.noevent")) + " " + slots.fill(details.next()));
            paragraphs.add(slots.fill(details.next()) + " " + slots.fill(details.next()));
            paragraphs.add(slots.fill(quotes.next()));
            if (event && random.nextInt(10) < 6) {
                paragraphs.add(slots.fill(pick(random, "conflict.second")));
            }
            paragraphs.add(slots.fill(background.next()) + " " + slots.fill(background.next()));
            fill(paragraphs, targetWords, slots, context, quotes, details, new Draw(random, "general.context"));
        } else {
            String t = topic.name().toLowerCase(Locale.ROOT);
            title = slots.fill(pick(random, t + ".title"));
            Draw details = new Draw(random, t + ".detail");
            Draw quotes = new Draw(random, t + ".quote");
            Draw hard = new Draw(random, t + ".hard");
            paragraphs.add(slots.fill(pick(random, t + ".lede")) + " " + slots.fill(details.next()));
            paragraphs.add(slots.fill(details.next()) + " " + slots.fill(details.next()));
            paragraphs.add(slots.fill(quotes.next()));
            // Hard negatives: the words of violence used for sport, markets, films, storms and elections.
            int hardOnes = random.nextInt(3);
            for (int h = 0; h < hardOnes && hard.hasNext(); h++) {
                paragraphs.add(slots.fill(hard.next()));
            }
            // Context before leftover details: each article uses only some of the topic's details.
            fill(paragraphs, targetWords, slots, new Draw(random, t + ".context"), new Draw(random, "general.context"),
                    details, quotes);
        }
        String text = String.join("\n\n", paragraphs);
        String url = "https://" + slots.host() + ".test/" + slots.published().toString().replace('-', '/') + "/"
                + kind.name().toLowerCase(Locale.ROOT) + "-" + seed + "-" + index;
        return new GeneratedArticle(url, title, slots.published(), topic, text);
    }

    private Topic topic(Kind kind, int index, long seed, Random random) {
        if (kind == Kind.CONFLICT) {
            return Topic.CONFLICT;
        }
        // One conflict article at a position drawn per block of ten: exactly 1 in 10, not just on average.
        int block = index / 10;
        int conflictAt = new Random(mix(seed, 7, block)).nextInt(10);
        return index % 10 == conflictAt ? Topic.CONFLICT : OTHER_TOPICS.get(random.nextInt(OTHER_TOPICS.size()));
    }

    /**
     * Adds context paragraphs of two sentences until the text is long enough: the first sentence of
     * a paragraph from the first source that has any left, the second from the next one that has
     * (so that topic and general context alternate and no article uses all of either).
     */
    private static void fill(List<String> paragraphs, int targetWords, Slots slots, Draw... sources) {
        while (words(paragraphs) < targetWords) {
            StringBuilder p = new StringBuilder();
            int from = 0;
            for (int s = 0; s < 2; s++) {
                for (int k = from; k < sources.length; k++) {
                    if (sources[k].hasNext()) {
                        p.append(p.length() == 0 ? "" : " ").append(slots.fill(sources[k].next()));
                        from = k + 1 < sources.length ? k + 1 : 0;
                        break;
                    }
                }
            }
            if (p.length() == 0) {
                return;
            }
            paragraphs.add(p.toString());
        }
    }

    private static int words(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += p.split("\\s+").length;
        }
        return n;
    }

    private String pick(Random random, String section) {
        List<String> lines = templates.section(section);
        return lines.get(random.nextInt(lines.size()));
    }

    private static long mix(long seed, int a, int b) {
        long h = seed * 0x9E3779B97F4A7C15L + a * 0xC2B2AE3D27D4EB4FL + b * 0x165667B19E3779F9L;
        return h ^ (h >>> 31);
    }

    /** The lines of a section in a random order, each used at most once per article. */
    private final class Draw {
        private final List<String> lines;
        private int next;

        Draw(Random random, String section) {
            lines = new ArrayList<>(templates.section(section));
            Collections.shuffle(lines, random);
        }

        boolean hasNext() {
            return next < lines.size();
        }

        String next() {
            // Past the end, repeat: only a section too short for its article runs out.
            return lines.get(next++ % lines.size());
        }
    }

    /** The values of one article's slots: one theatre, place, team, company… for the whole article. */
    private static final class Slots {
        private final Random random;
        private final CorpusTemplates templates;
        private final LocalDate published;
        private final String country;
        private final String demonym;
        private final String forces;
        private final String group;
        private final String town;
        private final String province;
        private final String city;
        private final String city2;
        private final String team;
        private final String team2;
        private final String company;
        private final String work;
        private final String outlet;
        private final String day;

        Slots(Random random, CorpusTemplates templates, LocalDate published) {
            this.random = random;
            this.templates = templates;
            this.published = published;
            String[] theatre = any(templates.section("theatre")).split("\\|");
            country = theatre[0];
            demonym = theatre[1];
            forces = theatre[2];
            String[] groups = theatre[3].split(";");
            group = groups[random.nextInt(groups.length)];
            String[] places = theatre[4].split(";");
            String[] place = places[random.nextInt(places.length)].split("/");
            town = place[0];
            province = place[1];
            city = any(templates.section("city"));
            String c2;
            do {
                c2 = any(templates.section("city"));
            } while (c2.equals(city));
            city2 = c2;
            team = any(templates.section("team"));
            team2 = any(templates.section("team"));
            company = any(templates.section("company"));
            work = any(templates.section("work"));
            outlet = any(templates.section("outlet"));
            DayOfWeek weekday = published.minusDays(1 + random.nextInt(2)).getDayOfWeek();
            day = weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }

        LocalDate published() {
            return published;
        }

        String host() {
            return outlet.replace("the ", "").replace(' ', '-').toLowerCase(Locale.ROOT);
        }

        String fill(String template) {
            Matcher m = SLOT.matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String value = m.group(1) != null ? slot(m.group(1)) : any(List.of(m.group(2).split("\\|")));
                m.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            m.appendTail(out);
            // A sentence may start with a slot whose value is lower case ("the Taliban").
            return out.isEmpty() ? "" : Character.toUpperCase(out.charAt(0)) + out.substring(1);
        }

        private String slot(String name) {
            return switch (name) {
                case "country" -> country;
                case "demonym" -> demonym;
                case "forces" -> forces;
                case "group" -> group;
                case "town" -> town;
                case "province" -> province;
                case "city" -> city;
                case "city2" -> city2;
                case "team" -> team;
                case "team2" -> team2;
                case "company" -> company;
                case "work" -> work;
                case "outlet" -> outlet;
                case "day" -> day;
                case "first" -> any(templates.section("first"));
                case "last" -> any(templates.section("last"));
                case "num" -> SMALL[random.nextInt(SMALL.length)];
                case "big" -> Integer.toString(12 + random.nextInt(900));
                case "score" -> (1 + random.nextInt(4)) + "-" + random.nextInt(2);
                default -> throw new IllegalArgumentException("unknown template slot {" + name + "}");
            };
        }

        private String any(List<String> values) {
            return values.get(random.nextInt(values.size()));
        }
    }
}
