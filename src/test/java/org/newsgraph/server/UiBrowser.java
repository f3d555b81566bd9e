package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
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
 * Drives the Fuseki UI in headless Chromium (Debian packages {@code chromium} and
 * {@code chromium-driver}). Without them the caller's test fails rather than skips, so a CI machine
 * that lacks them is noticed.
 */
public final class UiBrowser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final WebDriver driver;

    private UiBrowser(WebDriver driver) {
        this.driver = driver;
    }

    /** Starts headless Chromium with a fresh profile in the given folder. */
    public static UiBrowser start(Path profile) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("browser test needs " + CHROMIUM + " and " + CHROMEDRIVER + ": apt-get install -y chromium chromium-driver");
        }
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
        return new UiBrowser(new ChromeDriver(service, options));
    }

    /**
     * Opens the query page of a dataset, runs the query in the editor, and waits until a result cell
     * contains {@code expected}; returns the texts of all result cells. On failure saves a screenshot and
     * the page under {@code target/browser-failures/NAME.*}.
     */
    public List<String> runQuery(String serverUrl, String dataset, String query, String expected, String name) {
        try {
            WebDriverWait wait = new WebDriverWait(driver, WAIT);
            driver.get(serverUrl + "#/dataset/" + dataset + "/query");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
            // YASQE is a CodeMirror 5 editor: its element carries the editor object.
            ((JavascriptExecutor) driver).executeScript(
                    "document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0]);", query);
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasqe_queryButton"))).click();
            By cells = By.cssSelector(".yasr_results table tbody td");
            wait.until(d -> d.findElements(cells).stream().anyMatch(td -> td.getText().contains(expected)));
            return driver.findElements(cells).stream().map(WebElement::getText).toList();
        } catch (RuntimeException | AssertionError e) {
            saveEvidence(name);
            throw e;
        }
    }

    private void saveEvidence(String name) {
        try {
            Path target = Files.createDirectories(Path.of("target", "browser-failures"));
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, target.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(target.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            System.err.println("could not save the browser screenshot: " + e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
