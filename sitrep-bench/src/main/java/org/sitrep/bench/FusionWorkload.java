package org.sitrep.bench;

import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Location;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.pipeline.ArticleResult;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Synthetic coded articles for the fusion benchmark: {@code mentions} event mentions, three to an
 * article, as the pipeline would hand them to the store. Seeded, so the same arguments give the same
 * articles.
 *
 * <p>The spread, after {@link SyntheticEvents}: the 40 countries of {@link SyntheticEvents#COUNTRIES},
 * skewed towards the first; 12 provinces each, places within about 150 km of the country's middle;
 * all 25 sub-event types, skewed; days over {@link SyntheticEvents#DAYS} days; actors from
 * {@link SyntheticEvents#ACTORS}, actor1 unidentified in a fifth of the events. A share
 * {@code repeatShare} of the mentions re-report an earlier event from another outlet: the same type
 * and actors (or the attacker left unidentified), a place within 10 km, the same day or the next,
 * a fatality figure off by one. Article texts are a few dozen random words, so that no article is
 * a near-duplicate of another and each gets a real signature.
 */
final class FusionWorkload {
    static final int MENTIONS_PER_ARTICLE = 3;
    private static final String[] WORDS = ("army police militants village road market checkpoint convoy district "
            + "province officials said witnesses reported attack clash strike protest arrested killed wounded "
            + "forces group fighters residents town border base patrol statement hospital security source local "
            + "morning night near north south east west capital river valley mountains camp").split(" ");

    private FusionWorkload() {}

    /** One generated event, kept so that a later mention can re-report it. */
    private record Seed(EventType type, Actor actor1, Actor actor2, Place place, LocalDate day, int fatalities) {}

    static List<ArticleResult> articles(int mentions, double repeatShare, long seed) {
        Random random = new Random(seed);
        List<Seed> seeds = new ArrayList<>();
        List<ArticleResult> articles = new ArrayList<>();
        EventType[] types = EventType.values();
        for (int a = 0; a * MENTIONS_PER_ARTICLE < mentions; a++) {
            int count = Math.min(MENTIONS_PER_ARTICLE, mentions - a * MENTIONS_PER_ARTICLE);
            List<Seed> reported = new ArrayList<>();
            for (int m = 0; m < count; m++) {
                if (!seeds.isEmpty() && random.nextDouble() < repeatShare) {
                    // A recent event again: news repeats what happened in the last days.
                    Seed s = seeds.get(Math.max(0, seeds.size() - 1 - random.nextInt(Math.min(seeds.size(), 2000))));
                    Place near = new Place(-1 - random.nextInt(1_000_000), s.place().name(), s.place().lat() + (random.nextDouble() - 0.5) * 0.1,
                            s.place().lon() + (random.nextDouble() - 0.5) * 0.1, s.place().countryIso3(), s.place().admin1(), s.place().admin2(), "PPL", 0);
                    reported.add(new Seed(s.type(), random.nextInt(3) == 0 ? null : s.actor1(), s.actor2(), near,
                            s.day().plusDays(random.nextInt(2)), Math.max(0, s.fatalities() + random.nextInt(3) - 1)));
                } else {
                    SyntheticEvents.Country c = SyntheticEvents.COUNTRIES.get(skewed(random, SyntheticEvents.COUNTRIES.size()));
                    int province = random.nextInt(12);
                    Place place = new Place(1 + random.nextInt(5_000_000), c.iso3() + " town " + random.nextInt(5000),
                            clampLat(c.lat() + random.nextGaussian()), clampLon(c.lon() + random.nextGaussian()), c.iso3(),
                            c.iso3() + " province " + province, c.iso3() + " district " + province + "." + random.nextInt(8), "PPL", 0);
                    Actor actor1 = random.nextInt(5) == 0 ? null : actor(random);
                    Actor actor2 = random.nextInt(3) == 0 ? null : actor(random);
                    int fatalities = random.nextInt(3) == 0 ? random.nextInt(12) : 0;
                    LocalDate day = SyntheticEvents.FIRST_DAY.plusDays((long) a * MENTIONS_PER_ARTICLE * SyntheticEvents.DAYS / mentions
                            + random.nextInt(7));
                    Seed s = new Seed(types[skewed(random, types.length)], actor1, actor2, place, day, fatalities);
                    seeds.add(s);
                    reported.add(s);
                }
            }
            articles.add(article(a, reported, random));
        }
        return articles;
    }

    private static ArticleResult article(int index, List<Seed> reported, Random random) {
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        for (Seed s : reported) {
            int start = text.length();
            text.append(s.type().acledName()).append(" near ").append(s.place().name()).append(':');
            for (int w = 0; w < 20; w++) {
                text.append(' ').append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(100));
            }
            text.append('.');
            spans.add(new int[] {start, text.length()});
            text.append(' ');
        }
        String body = text.toString().strip();
        String outlet = "outlet-" + random.nextInt(300);
        Article article = new Article(String.format(Locale.ROOT, "bench-%08d", index), "https://" + outlet + ".test/" + index,
                outlet, null, reported.get(0).day(), "en", body);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < reported.size(); i++) {
            Seed s = reported.get(i);
            Span span = new Span(spans.get(i)[0], spans.get(i)[1]);
            Evidence evidence = new Evidence(article.id(), i, span, span.of(body));
            Location location = new Location(s.place(), 1, s.place().name(), null);
            EventMention mention = new EventMention(s.type(), s.actor1(), s.actor2(), location, s.day(), DatePrecision.DAY,
                    s.fatalities(), 0, 0, 0.7, "bench", List.of(evidence));
            events.add(new Event(article.id() + "-" + i, s.type(), s.actor1(), s.actor2(), location, s.day(), DatePrecision.DAY,
                    s.fatalities(), 0, 0, 0.7, List.of(mention), 1, 1));
        }
        return new ArticleResult(article, events, List.of());
    }

    private static Actor actor(Random random) {
        SyntheticEvents.ActorName a = SyntheticEvents.ACTORS.get(random.nextInt(SyntheticEvents.ACTORS.size()));
        return new Actor(a.name().toLowerCase(Locale.ROOT).replace(' ', '-'), a.name(), a.type(), null);
    }

    /** An index in [0, n), low ones more likely (about a third of draws in the first tenth). */
    private static int skewed(Random random, int n) {
        double u = random.nextDouble();
        return Math.min(n - 1, (int) (n * u * u));
    }

    private static double clampLat(double lat) {
        return Math.max(-89, Math.min(89, lat));
    }

    private static double clampLon(double lon) {
        return Math.max(-179, Math.min(179, lon));
    }

}
