package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * End-to-end tests in headless Chromium (through Playwright, see {@link Chromium}) against the whole
 * application on a random port. Each test has its own browser context (cookies, storage). Playwright
 * waits for elements by itself; {@link #waitForVaadin()} waits until Vaadin has no request in flight.
 * Never a sleep.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserTest {

    static final String DEMO_PASSWORD = "kopgroep";
    static final int DESKTOP_WIDTH = 1366;
    static final int PHONE_WIDTH = 390;
    private static final List<String> BLOCKING_IMPACTS = List.of("serious", "critical");
    private static final double TIMEOUT_MS = 30_000;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;
    private String testName;
    /** Content-Security-Policy violations the browser reported (console and securitypolicyviolation events). */
    private final List<String> cspViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void startBrowser(TestInfo info) {
        testName = info.getTestClass().map(Class::getSimpleName).orElse("test") + "-"
                + info.getDisplayName().replaceAll("[^A-Za-z0-9]+", "_");
        Browser browser = Chromium.browser();
        context = browser.newContext(new Browser.NewContextOptions()
                .setLocale("nl-NL")
                .setViewportSize(DESKTOP_WIDTH, 900));
        context.setDefaultTimeout(TIMEOUT_MS);
        watchContentSecurityPolicy();
        page = context.newPage();
    }

    /**
     * Every test also proves that the pages work under the Content-Security-Policy: the browser reports each
     * refused script, eval or style in the console and as a securitypolicyviolation event, and any one of them
     * fails the test.
     */
    private void watchContentSecurityPolicy() {
        cspViolations.clear();
        context.addInitScript("document.addEventListener('securitypolicyviolation', e => console.error("
                + "'Content-Security-Policy violation: ' + e.violatedDirective + ' blocked ' + e.blockedURI"
                + " + ' at ' + e.sourceFile + ':' + e.lineNumber))");
        context.onConsoleMessage(message -> {
            String text = message.text();
            if (text.contains("Content Security Policy") || text.contains("Content-Security-Policy")
                    || text.contains("unsafe-eval") || text.contains("unsafe-inline")) {
                cspViolations.add(message.type() + ": " + text);
            }
        });
        context.onWebError(error -> {
            if (String.valueOf(error.error()).contains("Content Security Policy")) {
                cspViolations.add("uncaught: " + error.error());
            }
        });
    }

    @AfterEach
    void stopBrowser() {
        if (context != null) {
            screenshot("after");
            context.close();
        }
        assertThat(cspViolations).as("Content-Security-Policy violations in the browser").isEmpty();
    }

    /** The violations reported so far, which then no longer fail the test (for tests that provoke one). */
    List<String> takeCspViolations() {
        List<String> taken = List.copyOf(cspViolations);
        cspViolations.clear();
        return taken;
    }

    /** Where the application under test runs; the production-bundle tests point elsewhere. */
    String baseUrl() {
        return "http://localhost:" + port;
    }

    String url(String path) {
        return baseUrl() + "/" + path;
    }

    void open(String path) {
        page.navigate(url(path));
        waitForVaadin();
    }

    /** Narrows the window to a phone's width (the height of a common phone). */
    void phoneWidth() {
        page.setViewportSize(PHONE_WIDTH, 844);
        if (page.url().startsWith("http")) {
            settle();
        }
    }

    /** Lets resize observers and the layout catch up with a new window size (two animation frames). */
    void settle() {
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
        waitForVaadin();
    }

    /** Waits until Vaadin has started and has no request in flight. */
    void waitForVaadin() {
        page.waitForFunction("() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.keys(window.Vaadin.Flow.clients).length > 0"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()))");
    }

    /** Waits for the address to match the regular expression (a whole-URL match). */
    void waitForUrl(String regex) {
        page.waitForURL(java.util.regex.Pattern.compile(regex));
    }

    void signIn(String email, String password) {
        open("login");
        typeCredentials(email, password);
        page.waitForURL(address -> !address.contains("/login"));
        waitForVaadin();
    }

    /** Fills the login form by field name: Vaadin's development tools add inputs of their own to the page. */
    void typeCredentials(String email, String password) {
        typeCredentials(page, email, password);
    }

    /**
     * The login page asks for the e-mail address first (issue 13); an address without its municipality's provider
     * then gets the password form (shown at once after a failed attempt).
     */
    static void typeCredentials(Page page, String email, String password) {
        Locator address = page.locator("#login-email input");
        Locator user = page.locator("input[name=username]");
        if (address.isVisible()) {
            address.fill(email);
            address.press("Enter");
            user.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        }
        user.fill(email);
        Locator pass = page.locator("input[name=password]");
        pass.fill(password);
        pass.press("Enter");
    }

    /** The first element matching the CSS selector, once it is visible. */
    Locator waitFor(String css) {
        Locator element = page.locator(css).first();
        element.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        return element;
    }

    /** The first element matching the CSS selector that contains the text. */
    Locator withText(String css, String text) {
        return page.locator(css, new Page.LocatorOptions().setHasText(text)).first();
    }

    /** A Vaadin button by its visible text. */
    Locator button(String text) {
        return withText("vaadin-button", text);
    }

    String pageText() {
        return page.locator("body").innerText();
    }

    /** Waits until the page's text contains the given text. */
    void waitForText(String text) {
        page.waitForFunction("t => document.body.innerText.includes(t)", text);
    }

    /** axe-core (WCAG 2.1 A and AA rules): no serious or critical violation on the current page. */
    void assertAccessible(String pageName) {
        assertThat(accessibilityProblems(pageName)).isEmpty();
    }

    /** The serious and critical axe-core violations (WCAG 2.1 A and AA) on the current page, one line each; empty if none. */
    String accessibilityProblems(String pageName) {
        waitForVaadin();
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                // Vaadin's development tools are not part of the product; production has none.
                .exclude("vaadin-dev-tools")
                .exclude("copilot-main")
                .analyze();
        if (results.isErrored()) {
            return "axe failed on " + pageName + ": " + results.getErrorMessage();
        }
        return results.getViolations().stream()
                .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
                .map(rule -> pageName + " at " + page.viewportSize().width + " px (axe " + results.getTestEngine().getVersion()
                        + "): " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }

    /** The page's content is no wider than the window: nothing scrolls sideways. */
    void assertNoHorizontalScroll(String pageName) {
        assertThat(horizontalOverflow(pageName)).isEmpty();
    }

    /**
     * Empty when nothing sticks out sideways: the document does not scroll, and no visible element reaches past the
     * window's right edge (Vaadin's app layout scrolls its own content, so the document alone would not tell).
     * Grids scroll inside themselves and are left out; the development tools are not part of the product.
     */
    String horizontalOverflow(String pageName) {
        waitForVaadin();
        Object overflow = page.evaluate("() => { const d = document.documentElement, w = d.clientWidth;"
                + " const out = [...document.querySelectorAll('body *')].filter(e => !e.closest('vaadin-grid, vaadin-dev-tools, copilot-main')"
                + "   && e.getClientRects().length > 0 && e.getBoundingClientRect().right > w + 1"
                + "   && getComputedStyle(e).visibility !== 'hidden');"
                + " if (d.scrollWidth <= w && out.length === 0) return '';"
                + " return d.scrollWidth + ' / ' + w + ' px, e.g. ' + out.slice(-4).map(e => e.tagName.toLowerCase()"
                + "   + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '')"
                + "   + ' \"' + (e.textContent || '').trim().slice(0, 30) + '\"').join(', '); }");
        String found = String.valueOf(overflow);
        return found.isEmpty() ? "" : pageName + " sticks out sideways at " + page.viewportSize().width + " px: " + found;
    }

    void screenshot(String suffix) {
        try {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", testName + "-" + suffix + ".png")));
        } catch (RuntimeException ignored) {
            // a missing screenshot must not hide the real test result
        }
    }
}
