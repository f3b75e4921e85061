package org.sitrep.server;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.pipeline.ArticleResult;
import org.sitrep.store.EventStore;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a browser test class starts once: a DuckDB file of {@code articles}, a real server over it
 * on 127.0.0.1 and a free port, and headless Chromium ({@link HeadlessChromium}).
 */
record UiServer(EventStore store, SitrepServer server, ChromeDriver driver) implements AutoCloseable {
    /** Longest wait for the UI to finish loading its views. */
    private static final Duration SETTLE = Duration.ofSeconds(60);

    static UiServer start(Path dbFile, List<ArticleResult> articles) {
        EventStore store = EventStore.open(dbFile);
        SitrepServer server = null;
        try {
            store.saveAll(articles);
            server = SitrepServer.start(new ServerConfig("127.0.0.1", 0, ServerHarness.TOKEN, false), store,
                    TestData.fakeCoder());
            return new UiServer(store, server, HeadlessChromium.start());
        } catch (RuntimeException | Error e) {
            HeadlessChromium.stopAll(null, server, store);
            throw e;
        }
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Opens a page of the UI and waits until every view is drawn. */
    void open(String pathAndQuery) {
        driver.get(base() + pathAndQuery);
        settle();
    }

    /** Waits until the last reload of the views has finished. */
    void settle() {
        new WebDriverWait(driver, SETTLE).until(d ->
                "false".equals(((JavascriptExecutor) d).executeScript("return document.body.dataset.loading")));
    }

    @Override
    public void close() {
        HeadlessChromium.stopAll(driver, server, store);
    }
}
