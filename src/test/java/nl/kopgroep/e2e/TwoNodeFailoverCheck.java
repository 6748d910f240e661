package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, the kill test: run by {@code .ci/two-nodes} against two app nodes behind nginx (not part of
 * {@code ./mvnw verify}: its name ends in neither Test nor IT). A participant writes in the journal editor; the node
 * that holds her session is killed (SIGKILL) while she goes on typing; her next request lands on the other node,
 * which asks her to sign in; after signing in there, the editor shows every character she typed — what reached the
 * server before the kill from its draft, what was typed after it from the browser's own copy — and saving stores it
 * once.
 *
 * <p>System properties: {@code failover.url} (nginx), {@code failover.nodes} ({@code node1=<pid>,node2=<pid>}),
 * {@code failover.db.url} (JDBC URL of the nodes' database, user root), {@code failover.report} (a file to write
 * the figures to).
 */
class TwoNodeFailoverCheck {

    private static final String WRITER = "daan.jansen@voorbeeldstad.nl";
    private static final String PASSWORD = "kopgroep";
    private static final Pattern NODE_SUFFIX = Pattern.compile(".*\\.([A-Za-z0-9_-]+)$");

    private final String baseUrl = System.getProperty("failover.url", "http://127.0.0.1:8090");
    private final Map<String, Long> nodes = nodes(System.getProperty("failover.nodes", ""));
    private final String databaseUrl = System.getProperty("failover.db.url", "jdbc:mariadb://127.0.0.1:3306/kopgroep_twonodes");
    private final Map<String, String> figures = new LinkedHashMap<>();

    @Test
    void nothingTypedIsLostWhenTheNodeHoldingTheSessionDies() throws Exception {
        assertThat(nodes).as("failover.nodes names two nodes and their process ids").hasSize(2);
        String marker = "Failover " + Instant.now().toEpochMilli();
        String beforeKill = marker + ": wat de server al had. ";
        String afterKill = "En wat ik typte terwijl mijn server wegviel.";

        Browser browser = Chromium.browser();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL")
                .setViewportSize(1366, 900))) {
            context.setDefaultTimeout(60_000);
            Page page = context.newPage();
            signIn(page);
            String firstNode = node(context);
            figures.put("node that held the session", firstNode);

            open(page, "dagboek/schrijven");
            Locator editor = page.locator("vaadin-text-area textarea").first();
            editor.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
            editor.pressSequentially(beforeKill);
            page.locator(".save-status:has-text('Opgeslagen om')").first()
                    .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));

            ProcessHandle victim = ProcessHandle.of(nodes.get(firstNode))
                    .orElseThrow(() -> new AssertionError("node " + firstNode + " is not running"));
            Instant killed = Instant.now();
            victim.destroyForcibly();
            victim.onExit().get(30, TimeUnit.SECONDS);
            figures.put("killed", firstNode + " (pid " + victim.pid() + ", SIGKILL)");

            // She goes on typing; the server she was on is gone.
            editor.pressSequentially(afterKill);
            // Her next request (the editor's pause-then-save) reaches the other node, which does not know her session:
            // Vaadin reloads the page and the other node asks her to sign in.
            page.waitForURL(Pattern.compile(".*/login$"), new Page.WaitForURLOptions().setTimeout(90_000));
            figures.put("from kill to the sign-in page", Duration.between(killed, Instant.now()).toMillis() + " ms");

            signIn(page);
            String secondNode = node(context);
            figures.put("node after signing in again", secondNode);
            assertThat(secondNode).as("the surviving node took over").isNotEqualTo(firstNode);

            open(page, "dagboek/schrijven");
            String everything = beforeKill + afterKill;
            page.waitForFunction("t => document.querySelector('vaadin-text-area textarea')?.value === t", everything);
            figures.put("text in the editor after signing in", "all " + everything.length() + " characters");

            page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Opslaan")).first().click();
            page.waitForURL(Pattern.compile(".*/dagboek/\\d+$"));
        }
        assertThat(savedEntries(marker)).as("the entry is stored once, with every character").containsExactly(beforeKill + afterKill);
        figures.put("stored entries with the text", "1");
        report();
    }

    private void signIn(Page page) {
        page.navigate(baseUrl + "/login");
        waitForVaadin(page);
        BrowserTest.typeCredentials(page, WRITER, PASSWORD);
        page.waitForURL(address -> !address.contains("/login"));
        waitForVaadin(page);
    }

    private void open(Page page, String path) {
        page.navigate(baseUrl + "/" + path);
        waitForVaadin(page);
    }

    private static void waitForVaadin(Page page) {
        page.waitForFunction("() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.keys(window.Vaadin.Flow.clients).length > 0"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()))");
    }

    /** The node named at the end of the session cookie (Tomcat's jvmRoute, KOPGROEP_NODE_NAME). */
    private static String node(BrowserContext context) {
        String session = context.cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID"))
                .map((Cookie cookie) -> cookie.value).findFirst().orElseThrow(() -> new AssertionError("no session cookie"));
        var matcher = NODE_SUFFIX.matcher(session);
        assertThat(matcher.matches()).as("the session id %s ends in the node's name", session).isTrue();
        return matcher.group(1);
    }

    private java.util.List<String> savedEntries(String marker) throws Exception {
        java.util.List<String> bodies = new java.util.ArrayList<>();
        try (Connection connection = DriverManager.getConnection(databaseUrl, "root", "");
             PreparedStatement query = connection.prepareStatement("SELECT body FROM reflection WHERE body LIKE ?")) {
            query.setString(1, marker + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    bodies.add(rows.getString(1));
                }
            }
        }
        return bodies;
    }

    private void report() throws Exception {
        StringBuilder lines = new StringBuilder();
        figures.forEach((what, value) -> lines.append("- ").append(what).append(": ").append(value).append('\n'));
        System.out.print(lines);
        String file = System.getProperty("failover.report");
        if (file != null && !file.isBlank()) {
            Files.writeString(Path.of(file), lines);
        }
    }

    private static Map<String, Long> nodes(String spec) {
        Map<String, Long> nodes = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            String[] nameAndPid = part.strip().split("=");
            if (nameAndPid.length == 2) {
                nodes.put(nameAndPid[0].strip(), Long.parseLong(nameAndPid[1].strip()));
            }
        }
        return nodes;
    }
}
