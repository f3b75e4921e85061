package org.sitrep.server;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.sitrep.store.EventStore;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's headless chromium driven through /usr/bin/chromedriver, for the UI tests. Fails (never
 * skips) when either is missing: {@code .ci/run} installs them. Selenium Manager never downloads
 * anything: the driver's path is given.
 */
final class HeadlessChromium {
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private HeadlessChromium() {}

    /** A new headless browser, 1400 × 1500 px, English. */
    static ChromeDriver start() {
        if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
            fail("the web UI tests need Debian's chromium and chromedriver (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): apt-get install chromium chromium-driver (.ci/run does this)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,1500", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        try {
            return new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            return fail("chromium could not be started through " + CHROMEDRIVER + ": " + e.getMessage(), e);
        }
    }

    /** {@code target/screenshots} of the module that holds {@code testClass}, created if missing. */
    static Path screenshotDir(Class<?> testClass) throws IOException, URISyntaxException {
        Path testClasses = Path.of(testClass.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = testClasses.getParent().resolve("screenshots");
        Files.createDirectories(dir);
        return dir;
    }

    /**
     * The world-atlas ids (ISO 3166 numeric, zero-padded) of the country shapes under the middle of
     * {@code element}, topmost first.
     */
    @SuppressWarnings("unchecked")
    static List<String> countriesUnder(ChromeDriver driver, WebElement element) {
        return (List<String>) driver.executeScript("const r = arguments[0].getBoundingClientRect();"
                + "return document.elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2)"
                + ".filter(e => e.classList.contains('country')).map(e => e.getAttribute('data-country-id'));", element);
    }

    /** Quits the browser, stops the server and closes the store, whichever of them were started (null: not). */
    static void stopAll(ChromeDriver driver, SitrepServer server, EventStore store) {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    /** Saves the whole page, or one element when {@code element} is not null, as {@code dir/name.png}. */
    static void screenshot(ChromeDriver driver, Path dir, String name, WebElement element) throws IOException {
        File png = element == null ? driver.getScreenshotAs(OutputType.FILE) : element.getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
