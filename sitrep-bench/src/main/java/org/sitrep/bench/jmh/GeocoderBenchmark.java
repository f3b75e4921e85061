package org.sitrep.bench.jmh;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.sitrep.geo.DocumentResolver;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GazetteerGeocoder;
import org.sitrep.geo.PlaceName;
import org.sitrep.geo.PlaceQuery;
import org.sitrep.geo.ToponymMatch;
import org.sitrep.geo.ToponymMatcher;
import org.sitrep.model.Place;
import org.sitrep.model.Span;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Toponym resolution on the bundled gazetteer, one thread, in toponyms per second (each
 * invocation resolves {@value #NAMES} names, and JMH divides by that). Three ways over the same
 * names of one story:
 * <ul>
 *   <li>{@code populationBaseline}: each name alone, its most populous namesake (the baseline
 *       of the geoparsing literature) — a gazetteer lookup and a max;</li>
 *   <li>{@code geocoderOneByOne}: each name through {@link GazetteerGeocoder#locate} with the
 *       story's focus country, as the event pipeline resolves an event's place;</li>
 *   <li>{@code documentResolver}: all names together through {@link DocumentResolver}, as
 *       {@code sitrep eval geo} resolves them.</li>
 * </ul>
 * Compare the last two with the first: the ratio is what disambiguation costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Threads(1)
public class GeocoderBenchmark {
    static final String STORY = "A sewer overflow in Gainesville sent wastewater into Flat Creek in Hall County, officials"
            + " in Georgia said on Monday. Crews from Atlanta and Athens helped. Police in Alexandria, La., and in"
            + " Richmond reported similar spills. In Iraq, Islamic State militants attacked a checkpoint near Haditha in"
            + " Anbar, while arrests were made in Mosul, Tal Afar and the Qaim district of Nineveh province. Paris and"
            + " London urged calm; Russia and Syria said the strikes near Deir Ezzor and Raqqa would go on."
            + " Aid reached Kirkuk, Erbil, Baghdad, Fallujah and Ramadi.";
    static final int NAMES = 24;

    private Gazetteer gazetteer;
    private GazetteerGeocoder geocoder;
    private DocumentResolver resolver;
    private List<Span> spans;
    private List<PlaceQuery> queries;

    @Setup
    public void setUp() {
        gazetteer = Gazetteer.bundled();
        geocoder = new GazetteerGeocoder(gazetteer);
        resolver = new DocumentResolver(gazetteer);
        List<ToponymMatch> matches = new ToponymMatcher(gazetteer).find(STORY);
        if (matches.size() < NAMES) {
            throw new IllegalStateException("the story should name at least " + NAMES + " places, found " + matches);
        }
        spans = matches.subList(0, NAMES).stream().map(ToponymMatch::span).toList();
        queries = matches.subList(0, NAMES).stream()
                .map(m -> new PlaceQuery(List.of(new PlaceName(m.text(), m.span())), "USA")).toList();
    }

    @Benchmark
    @OperationsPerInvocation(NAMES)
    public void populationBaseline(Blackhole bh) {
        for (Span s : spans) {
            Place best = null;
            for (Place p : gazetteer.candidates(s.of(STORY))) {
                if (best == null || p.population() > best.population()) {
                    best = p;
                }
            }
            bh.consume(best);
        }
    }

    @Benchmark
    @OperationsPerInvocation(NAMES)
    public void geocoderOneByOne(Blackhole bh) {
        for (PlaceQuery q : queries) {
            bh.consume(geocoder.locate(q));
        }
    }

    @Benchmark
    @OperationsPerInvocation(NAMES)
    public void documentResolver(Blackhole bh) {
        bh.consume(resolver.resolve(STORY, spans));
    }
}
