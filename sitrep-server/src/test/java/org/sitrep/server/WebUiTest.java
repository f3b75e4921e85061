package org.sitrep.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI in a real browser: Debian's headless chromium driven by /usr/bin/chromedriver against a
 * real server over a DuckDB file of {@link UiTestData}. Screenshots go to {@code target/screenshots}.
 * Fails (never skips) when chromium or chromedriver is missing: {@code .ci/run} installs them.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class WebUiTest {
    @TempDir
    static Path dir;

    private static UiServer ui;
    private static ChromeDriver driver;
    private static Path screenshots;

    @BeforeAll
    static void start() throws IOException, URISyntaxException {
        ui = UiServer.start(dir.resolve("ui.duckdb"), UiTestData.articles());
        driver = ui.driver();
        screenshots = HeadlessChromium.screenshotDir(WebUiTest.class);
    }

    @AfterAll
    static void stop() {
        if (ui != null) {
            ui.close();
        }
    }

    private static String base() {
        return ui.base();
    }

    /** Opens a page of the UI and waits until every view is drawn. */
    private static void open(String pathAndQuery) {
        ui.open(pathAndQuery);
    }

    /** Waits until the last reload of the views has finished. */
    private static void settle() {
        ui.settle();
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static void screenshot(String name, WebElement element) throws IOException {
        HeadlessChromium.screenshot(driver, screenshots, name, element);
    }

    private static List<String> tableIds() {
        List<String> ids = new ArrayList<>();
        driver.findElements(By.cssSelector("#events tbody tr")).forEach(r -> ids.add(r.getAttribute("data-id")));
        return ids;
    }

    /** Event ids by marker, as the markers on the map carry them (a cluster carries several). */
    private static List<List<String>> markers() {
        List<List<String>> markers = new ArrayList<>();
        for (WebElement m : driver.findElements(By.cssSelector(".ev-marker"))) {
            List<String> ids = List.of(m.getAttribute("data-ids").split(" "));
            assertThat(m.getAttribute("data-count")).isEqualTo(String.valueOf(ids.size()));
            markers.add(ids);
        }
        return markers;
    }

    @Test
    void a_mapShowsEveryLocatedEventInsideItsCountryOnTheOfflineBaseMap() throws IOException {
        open("/");
        assertThat(driver.getTitle()).isEqualTo("sitrep");
        assertThat(driver.findElements(By.cssSelector("path.country")).size()).as("country shapes").isGreaterThan(150);
        List<List<String>> markers = markers();
        assertThat(markers.stream().flatMap(List::stream).sorted().toList())
                .containsExactlyElementsOf(UiTestData.COUNTRY_IDS.keySet().stream().sorted().toList());
        // Mosul's clash and arrests share a place, so they are always in one cluster.
        assertThat(markers).anySatisfy(ids -> assertThat(ids).contains("ev-clash", "ev-arrest"));
        // Each marker is drawn over the shape of its events' country (ISO numeric id, as world-atlas has it).
        for (WebElement marker : driver.findElements(By.cssSelector(".ev-marker"))) {
            List<String> countries = HeadlessChromium.countriesUnder(driver, marker);
            for (String id : marker.getAttribute("data-ids").split(" ")) {
                assertThat(countries).as(id).containsExactly(UiTestData.COUNTRY_IDS.get(id));
            }
        }
        // Nothing was loaded from another machine: no tiles, no CDN.
        @SuppressWarnings("unchecked")
        List<String> resources = (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name)");
        assertThat(resources).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(base() + "/"));
        assertThat(driver.findElement(By.id("table-count")).getText()).startsWith("7 events");
        screenshot("overview", null);
        screenshot("map", driver.findElement(By.id("map-section")));
    }

    @Test
    void b_filteringByTypeMakesTableMapAndUrlFollow() throws IOException {
        open("/");
        new Select(driver.findElement(By.name("category"))).selectByVisibleText("Battles");
        settle();
        assertThat(tableIds()).containsExactly("ev-aleppo", "ev-clash");
        assertThat(markers().stream().flatMap(List::stream).sorted().toList()).containsExactly("ev-aleppo", "ev-clash");
        assertThat(driver.getCurrentUrl()).endsWith("/?category=Battles");
        new Select(driver.findElement(By.name("category"))).selectByVisibleText("Violence against civilians");
        settle();
        // The undated attack has no place: in the table, not on the map.
        assertThat(tableIds()).containsExactlyInAnyOrder("ev-maiduguri", "ev-attack");
        assertThat(markers().stream().flatMap(List::stream).toList()).containsExactly("ev-maiduguri");
        new Select(driver.findElement(By.name("type"))).selectByValue("Armed clash");
        settle();
        assertThat(driver.findElement(By.id("error")).getText()).contains("parameter \"type\"");
        screenshot("filter-error", driver.findElement(By.tagName("body")));
        driver.findElement(By.id("reset")).click();
        settle();
        assertThat(tableIds()).hasSize(7);
        assertThat(driver.findElement(By.id("error")).isDisplayed()).isFalse();
        new Select(driver.findElement(By.name("type"))).selectByValue("Air/drone strike");
        settle();
        assertThat(tableIds()).containsExactly("ev-strike");
        screenshot("filtered", null);
    }

    @Test
    void c_clickingARowOpensTheEventWithItsEvidenceHighlighted() throws IOException {
        open("/");
        driver.findElement(By.cssSelector("#events tbody tr[data-id='ev-aleppo']")).click();
        WebElement mark = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("#detail mark.span")).stream().findFirst().orElse(null));
        assertThat(mark.getText()).isEqualTo(UiTestData.ALEPPO_SENTENCE);
        WebElement evidence = driver.findElement(By.cssSelector("#detail .evidence"));
        assertThat(evidence.getText()).startsWith("Heavy fighting in northern Syria.").contains("Residents fled the area.");
        assertThat(driver.findElement(By.cssSelector("#detail h3")).getText()).contains("Armed clash");
        WebElement link = driver.findElement(By.cssSelector("#detail .source a"));
        assertThat(link.getAttribute("href")).isEqualTo("https://news.example.org/four");
        assertThat(link.getText()).isEqualTo("Fighting near Aleppo");
        screenshot("event-detail", driver.findElement(By.id("table-section")));
    }

    @Test
    void d_timelineHasStackedBarsAndBrushingSetsTheDates() throws IOException {
        open("/");
        List<WebElement> bars = driver.findElements(By.cssSelector("#timeline rect.bar"));
        // Six dated events on five days; 5 March has an arrest and a protest: two stacked bars.
        assertThat(bars).hasSize(6);
        assertThat(driver.findElements(By.cssSelector("#timeline rect.bar[data-day='2021-03-05']"))).hasSize(2);
        screenshot("timeline", driver.findElement(By.id("timeline-section")));
        WebElement from = driver.findElement(By.cssSelector("#timeline rect.bar[data-day='2021-03-01']"));
        WebElement to = driver.findElement(By.cssSelector("#timeline rect.bar[data-day='2021-03-09']"));
        new Actions(driver).moveToElement(from).clickAndHold().moveToElement(to).release().perform();
        settle();
        assertThat(driver.getCurrentUrl()).endsWith("/?from=2021-03-01&to=2021-03-09");
        assertThat(tableIds()).containsExactly("ev-aleppo", "ev-arrest", "ev-protest", "ev-clash");
        assertThat(driver.findElement(By.name("from")).getAttribute("value")).isEqualTo("2021-03-01");
        screenshot("timeline-brushed", null);
    }

    @Test
    void e_actorNetworkHasTheActorsAsNodes() throws IOException {
        open("/");
        List<String> names = new ArrayList<>();
        driver.findElements(By.cssSelector("#network circle.node")).forEach(n -> names.add(n.getAttribute("data-name")));
        assertThat(names).containsExactlyInAnyOrder("Iraqi Army", "Islamic State", "Protesters (Iraq)", "Syrian Army",
                "Boko Haram", "Civilians (Nigeria)");
        assertThat(driver.findElements(By.cssSelector("#network line.edge"))).hasSize(3);
        screenshot("actors", driver.findElement(By.id("network-section")));
        driver.findElement(By.cssSelector("#network circle.node[data-name='Boko Haram']")).click();
        settle();
        assertThat(driver.getCurrentUrl()).endsWith("/?actor=Boko+Haram");
        assertThat(tableIds()).containsExactly("ev-maiduguri");
    }

    @Test
    void f_filtersInTheUrlAreAppliedOnLoad() {
        open("/?country=SYR&q=aleppo");
        assertThat(tableIds()).containsExactly("ev-aleppo");
        assertThat(markers()).containsExactly(List.of("ev-aleppo"));
        assertThat(driver.findElement(By.name("country")).getAttribute("value")).isEqualTo("SYR");
        assertThat(driver.findElement(By.name("q")).getAttribute("value")).isEqualTo("aleppo");
        open("/?from=2021-03-05&admin1=nineveh");
        assertThat(tableIds()).containsExactly("ev-arrest");
    }

    @Test
    void g_apiErrorsAreShownWithTheirParameter() {
        open("/?from=2021-13-01");
        WebElement error = driver.findElement(By.id("error"));
        assertThat(error.isDisplayed()).isTrue();
        assertThat(error.getText()).startsWith("Error: ").contains("parameter \"from\"");
    }

    @Test
    void h_downloadLinksExportTheFilteredEvents() throws Exception {
        open("/?category=Battles");
        List<WebElement> links = driver.findElements(By.cssSelector("#exports a"));
        assertThat(links).extracting(a -> a.getAttribute("data-format")).containsExactly("acled", "geojson", "plover", "parquet", "gdelt");
        String acled = links.get(0).getAttribute("href");
        assertThat(acled).startsWith(base() + "/api/export?").contains("format=acled", "category=Battles");
        assertThat(links.get(3).getAttribute("download")).isEqualTo("sitrep-events.parquet");
        // What the link downloads: the two battles of the table, as ACLED CSV.
        var client = java.net.http.HttpClient.newHttpClient();
        var response = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(acled)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().lines().count()).isEqualTo(1 + tableIds().size());
        // Changing the filters moves the links.
        new Select(driver.findElement(By.name("category"))).selectByVisibleText("Protests");
        settle();
        assertThat(driver.findElement(By.cssSelector("#exports a")).getAttribute("href")).contains("category=Protests");
    }
}
