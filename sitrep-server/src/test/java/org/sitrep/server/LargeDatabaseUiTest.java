package org.sitrep.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.pipeline.ArticleResult;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UI on a database with more events than the table and map show (1,000): the timeline still
 * counts every event, from the server's day counts. In headless Chromium, like {@link WebUiTest}.
 */
class LargeDatabaseUiTest {
    /** Events stored: more than the UI's page of 1,000. */
    private static final int EVENTS = 1_250;

    @TempDir
    static Path dir;

    private static UiServer ui;
    private static ChromeDriver driver;
    private static Path screenshots;

    @BeforeAll
    static void start() throws IOException, URISyntaxException {
        ui = UiServer.start(dir.resolve("large.duckdb"), articles());
        driver = ui.driver();
        screenshots = HeadlessChromium.screenshotDir(LargeDatabaseUiTest.class);
    }

    @AfterAll
    static void stop() {
        if (ui != null) {
            ui.close();
        }
    }

    /** Days between two articles: more than cross-article fusion's day tolerance, so no event joins another. */
    private static final int SPACING_DAYS = 3;
    private static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);

    /**
     * Ten events an article, an article every {@link #SPACING_DAYS} days from {@link #FIRST_DAY}:
     * five armed clashes and five peaceful protests near Mosul.
     */
    private static List<ArticleResult> articles() {
        List<ArticleResult> results = new ArrayList<>();
        for (int a = 0; a * 10 < EVENTS; a++) {
            String text = "Report " + a + ": clashes and protests were reported near Mosul.";
            LocalDate day = FIRST_DAY.plusDays((long) a * SPACING_DAYS);
            Article article = new Article("big-" + a, null, null, null, day, "en", text);
            List<Event> events = new ArrayList<>();
            for (int e = 0; e < 10; e++) {
                EventType type = e % 2 == 0 ? EventType.ARMED_CLASH : EventType.PEACEFUL_PROTEST;
                events.add(TestData.event("big-" + a + "-" + e, type, e % 2 == 0 ? TestData.ARMY : TestData.PROTESTERS,
                        null, TestData.loc(TestData.MOSUL, text, "Mosul"), day, 0, TestData.ev(article, 0, text)));
            }
            results.add(new ArticleResult(article, events, List.of()));
        }
        return results;
    }

    private static int barTotal(String category) {
        int total = 0;
        for (WebElement bar : driver.findElements(By.cssSelector("#timeline rect.bar"))) {
            if (category == null || category.equals(bar.getAttribute("data-category"))) {
                total += Integer.parseInt(bar.getAttribute("data-count"));
            }
        }
        return total;
    }

    @Test
    void theTimelineCountsEveryEventWhileTheTableShowsItsFirstPage() throws IOException {
        ui.open("/");
        assertThat(driver.findElement(By.id("table-count")).getText()).isEqualTo(EVENTS + " events (first 1000 shown)");
        assertThat(barTotal(null)).isEqualTo(EVENTS);
        // The table holds the latest 1000: its first row is of the last article, its last of the 26th.
        List<WebElement> rows = driver.findElements(By.cssSelector("#events tbody tr"));
        assertThat(rows).hasSize(1000);
        assertThat(rows.get(0).getAttribute("data-id")).startsWith("big-" + (EVENTS / 10 - 1) + "-");
        assertThat(rows.get(999).getAttribute("data-id")).startsWith("big-" + (EVENTS / 10 - 100) + "-");
        assertThat(barTotal("Battles")).isEqualTo(EVENTS / 2);
        assertThat(barTotal("Protests")).isEqualTo(EVENTS / 2);
        // One day an article, each with a bar of clashes and one of protests.
        assertThat(driver.findElements(By.cssSelector("#timeline rect.bar"))).hasSize(2 * EVENTS / 10);
        HeadlessChromium.screenshot(driver, screenshots, "large-timeline", driver.findElement(By.id("timeline-section")));
    }

    @Test
    void aTypeFilterCountsOnlyItsEventsAndTheDatesDoNotNarrowTheTimeline() {
        ui.open("/?type=Peaceful+protest&from=2022-02-01&to=2022-02-10");
        assertThat(barTotal("Protests")).isEqualTo(EVENTS / 2);
        assertThat(barTotal("Battles")).isZero();
        int articlesInRange = 0;
        for (int a = 0; a * 10 < EVENTS; a++) {
            LocalDate day = FIRST_DAY.plusDays((long) a * SPACING_DAYS);
            if (!day.isBefore(LocalDate.of(2022, 2, 1)) && !day.isAfter(LocalDate.of(2022, 2, 10))) {
                articlesInRange++;
            }
        }
        assertThat(articlesInRange).isPositive();
        assertThat(driver.findElement(By.id("table-count")).getText()).isEqualTo(5 * articlesInRange + " events");
    }
}
