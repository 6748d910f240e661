package nl.kopgroep.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark aid, not a test (issue 16, docs/benchmarks.md "session memory"): which UIDL messages a real browser sends
 * while a participant signs in and goes to the programme and the journal by the side navigation, and how long each
 * response is. Vaadin keeps the last response of every UI (to answer a resent message), so the last one is what an
 * idle session keeps; {@code SessionMemoryBenchmark} must end its journey the way a browser does. Run against a running
 * application:
 * <pre>
 * java -cp target/test-classes:$(cat target/cp.txt) nl.kopgroep.e2e.UidlTrace http://127.0.0.1:8083 d1@schaal-1.schaal.test PASSWORD
 * </pre>
 * With {@code UIDL_TRACE_DIR} set, each response and message is also written there ({@code uidl-N.json},
 * {@code sent-N.json}) to count a page's state nodes by tag.
 */
public final class UidlTrace {

    private UidlTrace() {
    }

    public static void main(String[] args) {
        String base = args[0].replaceAll("/$", "");
        Browser browser = Chromium.browser();
        List<String> rows = new ArrayList<>();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL")
                .setViewportSize(1366, 900))) {
            Page page = context.newPage();
            page.onResponse(response -> {
                if (response.url().contains("v-r=")) {
                    String sent = String.valueOf(response.request().postData());
                    String url = response.url().replace(base, "");
                    if (System.getenv("UIDL_TRACE_DIR") != null) {
                        try {
                            java.nio.file.Files.write(java.nio.file.Path.of(System.getenv("UIDL_TRACE_DIR"),
                                    "uidl-" + (rows.size() + 1) + ".json"), response.body());
                            java.nio.file.Files.writeString(java.nio.file.Path.of(System.getenv("UIDL_TRACE_DIR"),
                                    "sent-" + (rows.size() + 1) + ".json"), sent);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                    rows.add(String.format(Locale.ROOT, "| %d | %s | %s | %,d |", rows.size() + 1,
                            url.substring(0, Math.min(60, url.length())),
                            sent.substring(0, Math.min(400, sent.length())).replace("|", "/"), response.body().length));
                }
            });
            page.navigate(base + "/login");
            waitForVaadin(page);
            BrowserTest.typeCredentials(page, args[1], args[2]);
            page.waitForURL(address -> !address.contains("/login"));
            waitForVaadin(page);
            for (String route : List.of("programma", "dagboek")) {
                page.locator("vaadin-side-nav-item[path='" + route + "']").first().click();
                page.waitForURL(address -> address.endsWith("/" + route));
                waitForVaadin(page);
            }
            // Anything the page sends on its own after it showed (attach events, results of scripts).
            page.evaluate("() => new Promise(done => setTimeout(done, 2000))");
            waitForVaadin(page);
            System.out.println("| # | request | sent | response chars |");
            System.out.println("|---|---|---|---|");
            rows.forEach(System.out::println);
        }
        System.exit(0);
    }

    private static void waitForVaadin(Page page) {
        page.waitForFunction("() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.keys(window.Vaadin.Flow.clients).length > 0"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()))");
    }
}
