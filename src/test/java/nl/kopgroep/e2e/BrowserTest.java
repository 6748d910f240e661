package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * End-to-end tests in Debian's headless Chromium against the whole application on a random port.
 * Waits are explicit conditions (Vaadin idle, element present), never sleeps.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserTest {

    static final String DEMO_PASSWORD = "kopgroep";
    private static final List<String> BLOCKING_IMPACTS = List.of("serious", "critical");

    @LocalServerPort
    int port;

    ChromeDriver driver;
    WebDriverWait wait;
    private String testName;

    @BeforeEach
    void startBrowser(TestInfo info) throws Exception {
        testName = info.getTestClass().map(Class::getSimpleName).orElse("test") + "-"
                + info.getDisplayName().replaceAll("[^A-Za-z0-9]+", "_");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("kopgroep.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=nl-NL",
                "--user-data-dir=" + Files.createTempDirectory("kopgroep-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("kopgroep.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            screenshot("after");
            driver.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    void open(String path) {
        driver.get(url(path));
        waitForVaadin();
    }

    /** Waits until Vaadin has started and has no request in flight. */
    void waitForVaadin() {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.keys(window.Vaadin.Flow.clients).length > 0"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()))"));
    }

    void signIn(String email, String password) {
        open("login");
        WebElement user = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys(email);
        WebElement pass = driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
        pass.sendKeys(password, Keys.ENTER);
        wait.until(d -> !d.getCurrentUrl().endsWith("/login"));
        waitForVaadin();
    }

    WebElement waitFor(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Clicks like a person would: the element scrolled to the middle of the screen first. */
    void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** axe-core (WCAG 2.1 A and AA rules): no serious or critical violation on the current page. */
    void assertAccessible(String page) {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                // Vaadin's development tools are not part of the product; production has none.
                .exclude("vaadin-dev-tools")
                .exclude("copilot-main")
                .analyze(driver);
        List<Rule> blocking = results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .toList();
        String report = blocking.stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertThat(blocking).as("serious or critical accessibility violations on %s:%n%s", page, report).isEmpty();
    }

    void screenshot(String suffix) {
        try {
            Path folder = Path.of("target", "screenshots");
            Files.createDirectories(folder);
            Files.write(folder.resolve(testName + "-" + suffix + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (Exception ignored) {
            // a missing screenshot must not hide the real test result
        }
    }
}
