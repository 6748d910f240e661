package nl.kopgroep.e2e;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark, not a test (issue 16, docs/benchmarks.md): the bytes a browser transfers on a first visit (empty cache)
 * and a repeat visit (warm cache) of the login page and a signed-in home, read from Chromium's own network log
 * (DevTools protocol: {@code Network.loadingFinished.encodedDataLength}, the bytes on the wire including headers;
 * a file taken from the cache transfers nothing). Run against a running application, e.g. the production jar
 * with the demo data:
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) nl.kopgroep.e2e.VisitBytes \
 *     http://localhost:8080 deelnemer@voorbeeldstad.nl kopgroep
 * </pre>
 */
public final class VisitBytes {

    private final Page page;
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicInteger transfers = new AtomicInteger();
    private final AtomicInteger cached = new AtomicInteger();

    private VisitBytes(Page page, CDPSession devTools) {
        this.page = page;
        devTools.send("Network.enable");
        devTools.on("Network.loadingFinished", (JsonObject event) -> {
            long length = event.get("encodedDataLength").getAsLong();
            bytes.addAndGet(length);
            if (length > 0) {
                transfers.incrementAndGet();
            }
        });
        devTools.on("Network.requestServedFromCache", (JsonObject event) -> cached.incrementAndGet());
    }

    public static void main(String[] args) {
        String base = args.length > 0 ? args[0].replaceAll("/$", "") : "http://localhost:8080";
        String user = args.length > 1 ? args[1] : "deelnemer@voorbeeldstad.nl";
        String password = args.length > 2 ? args[2] : "kopgroep";
        Browser browser = Chromium.browser();
        System.out.println("| visit | bytes transferred | responses over the network (incl. 304) | requests served from the cache |");
        System.out.println("|---|---:|---:|---:|");

        try (BrowserContext context = newContext(browser)) {
            Page page = context.newPage();
            VisitBytes meter = new VisitBytes(page, context.newCDPSession(page));
            meter.measure("login page, first visit (empty cache)", () -> meter.open(base + "/login"));
            meter.measure("login page, repeat visit (warm cache)", () -> meter.open(base + "/login"));
            meter.measure("sign-in to the home (cache warm from the login page)", () -> {
                BrowserTest.typeCredentials(page, user, password);
                page.waitForURL(address -> !address.contains("/login"));
                meter.waitForVaadin();
            });
            meter.measure("signed-in home, repeat visit (warm cache)", () -> meter.open(base + "/"));
        }
        try (BrowserContext context = newContext(browser)) {
            Page page = context.newPage();
            CDPSession devTools = context.newCDPSession(page);
            VisitBytes meter = new VisitBytes(page, devTools);
            meter.open(base + "/login");
            BrowserTest.typeCredentials(page, user, password);
            page.waitForURL(address -> !address.contains("/login"));
            meter.waitForVaadin();
            devTools.send("Network.clearBrowserCache");
            meter.measure("signed-in home, first visit (empty cache, signed in)", () -> meter.open(base + "/"));
        }
        System.exit(0);
    }

    private static BrowserContext newContext(Browser browser) {
        return browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL").setViewportSize(1366, 900));
    }

    private void measure(String visit, Runnable action) {
        bytes.set(0);
        transfers.set(0);
        cached.set(0);
        action.run();
        // Let the last events of the visit arrive (the DevTools events come on the same connection).
        page.evaluate("() => new Promise(done => setTimeout(done, 500))");
        waitForVaadin();
        System.out.printf(Locale.ROOT, "| %s | %,d | %d | %d |%n", visit, bytes.get(), transfers.get(), cached.get());
    }

    private void open(String url) {
        page.navigate(url);
        waitForVaadin();
    }

    private void waitForVaadin() {
        page.waitForFunction("() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.keys(window.Vaadin.Flow.clients).length > 0"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive()))");
    }
}
