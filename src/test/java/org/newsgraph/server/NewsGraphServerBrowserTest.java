package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Runs a query in the Fuseki UI in headless Chromium. Needs the Debian packages {@code chromium} and
 * {@code chromium-driver}; without them the test fails rather than skips, so a CI machine that
 * lacks them is noticed.
 */
@Tag("browser")
@Tag("slow")
class NewsGraphServerBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;
    private DatasetGraph dataset;
    private NewsGraphServer server;
    private WebDriver driver;

    @BeforeEach
    void start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("browser test needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": apt-get install -y chromium chromium-driver");
        }
        dataset = ServerFixtures.newsDataset(dir.resolve("tdb2"));
        server = NewsGraphServer.builder().dataset(dataset).port(0).build().start();
        driver = chrome(dir.resolve("chrome-profile"));
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        ServerFixtures.release(dataset);
    }

    private static WebDriver chrome(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,1024",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    @Test
    void queryInTheUiShowsWitkoff() {
        try {
            runQueryInUi();
        } catch (RuntimeException | AssertionError e) {
            saveEvidence();
            throw e;
        }
    }

    private void runQueryInUi() {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        driver.get(server.url() + "#/dataset/" + server.datasetName() + "/query");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
        // YASQE is a CodeMirror 5 editor: its element carries the editor object.
        ((JavascriptExecutor) driver).executeScript(
                "document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);",
                ServerFixtures.ATTENDEES_QUERY);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasqe_queryButton"))).click();
        By cells = By.cssSelector(".yasr_results table tbody td");
        wait.until(d -> d.findElements(cells).stream().anyMatch(td -> td.getText().contains("Witkoff")));
        List<String> texts = driver.findElements(cells).stream().map(WebElement::getText).toList();
        assertTrue(texts.stream().anyMatch(t -> t.contains("Steve Witkoff")), texts::toString);
        assertTrue(texts.stream().anyMatch(t -> t.contains("Vladimir Putin")), texts::toString);
    }

    private void saveEvidence() {
        try {
            Path target = Files.createDirectories(Path.of("target", "browser-failures"));
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, target.resolve("queryInTheUiShowsWitkoff.png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(target.resolve("queryInTheUiShowsWitkoff.html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            System.err.println("could not save the browser screenshot: " + e);
        }
    }
}
