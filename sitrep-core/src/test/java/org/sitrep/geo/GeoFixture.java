package org.sitrep.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The hand-written GeoNames fixture, built into a gazetteer and a country table of its own. */
record GeoFixture(Gazetteer gazetteer, Countries countries) {
    static final List<String> COUNTRY_ALIASES = List.of("USA\tU.S.", "USA\tUS", "TUR\tTürkiye");
    static final List<String> DEMONYMS = List.of("Iraqi\tIRQ", "Syrian\tSYR", "American\tUSA", "Turkish\tTUR");

    static GeoFixture build(Path dir) {
        try {
            GazetteerBuilder.build(GazetteerBuilderTest.fixtureDir(), "cities.txt", dir, COUNTRY_ALIASES);
            Countries countries = Countries.fromLines(Files.readAllLines(dir.resolve(Countries.COUNTRIES_RESOURCE)),
                    COUNTRY_ALIASES, DEMONYMS);
            Gazetteer gazetteer;
            try (var in = Files.newInputStream(dir.resolve(GazetteerBuilder.GAZETTEER_FILE))) {
                gazetteer = Gazetteer.read(in, List.of("Deir Ezzor\tDamascus\tSYR"));
            }
            return new GeoFixture(gazetteer, countries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
