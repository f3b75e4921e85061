package org.sitrep.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.sitrep.geo.Countries;
import org.sitrep.ingest.Ingest;
import org.sitrep.ingest.IngestResult;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.PipelineOptions;
import org.sitrep.store.EventQuery;
import org.sitrep.store.StoredEvent;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance, as a user gets there: the bundled samples coded and stored as
 * {@code sitrep run samples/} does (ingest, the standard pipeline, one save per article), then the
 * UI of {@code sitrep serve} over that database in headless chromium — the map with a marker for
 * every located event over its country, the timeline and the table. Loads CoreNLP once (about 20 s).
 * Screenshot: {@code target/screenshots/samples-overview.png}.
 */
class SamplesUiTest {
    @TempDir
    static Path dir;

    private static UiServer ui;

    @BeforeAll
    static void codeTheSamplesAndServe() {
        IngestResult ingested = new Ingest().read(List.of(Path.of("samples")));
        assertThat(ingested.articles()).as("samples/ read from the repository root").hasSizeGreaterThanOrEqualTo(10);
        ui = UiServer.start(dir.resolve("samples.duckdb"),
                Pipeline.standard(new PipelineOptions(null, 2)).processAll(ingested.articles()));
    }

    @AfterAll
    static void stop() {
        if (ui != null) {
            ui.close();
        }
    }

    @Test
    void mapTimelineAndTableShowTheCodedSamples() throws IOException, URISyntaxException {
        List<StoredEvent> events = ui.store().events(EventQuery.all());
        ChromeDriver driver = ui.driver();
        Map<String, String> countryIdById = new HashMap<>();
        Countries countries = Countries.bundled();
        for (StoredEvent e : events) {
            if (e.hasCoordinates()) {
                // world-atlas names countries by their ISO 3166 numeric code, zero-padded ("368" Iraq, "004" Afghanistan).
                int numeric = countries.byIso3(e.countryIso3()).orElseThrow().isoNumeric();
                countryIdById.put(e.id(), String.format(Locale.ROOT, "%03d", numeric));
            }
        }
        assertThat(countryIdById).as("the samples' events have places").hasSizeGreaterThanOrEqualTo(15);

        ui.open("/");

        // Every located event is on the map, each marker over its events' country.
        List<WebElement> markers = driver.findElements(By.cssSelector(".ev-marker"));
        Map<String, String> onMap = new HashMap<>();
        for (WebElement marker : markers) {
            List<String> under = HeadlessChromium.countriesUnder(driver, marker);
            for (String id : marker.getAttribute("data-ids").split(" ")) {
                onMap.put(id, under.isEmpty() ? "none" : under.get(0));
            }
        }
        assertThat(onMap).isEqualTo(countryIdById);
        // The timeline has bars, the table a row per event.
        assertThat(driver.findElements(By.cssSelector("#timeline rect.bar"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#events tbody tr"))).hasSize(events.size());
        HeadlessChromium.screenshot(driver, HeadlessChromium.screenshotDir(SamplesUiTest.class), "samples-overview", null);
    }
}
