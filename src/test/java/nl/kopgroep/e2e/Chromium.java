package nl.kopgroep.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CLI;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The one headless Chromium that all browser tests of a run share. The system's Chromium when there
 * is one (Debian's {@code /usr/bin/chromium}, or {@code -Dkopgroep.chromium=...} / {@code KOPGROEP_CHROMIUM}),
 * else the Chromium that Playwright installs for itself. When neither starts, every browser test fails
 * with the same one line saying what to install, instead of a stack trace per test.
 */
final class Chromium {

    static final String INSTALL_HINT = "No Chromium for the browser tests: install Chromium (Debian: apt-get install chromium)"
            + " or allow Playwright to download its browser (see target/playwright-install.log);"
            + " -Dkopgroep.chromium=PATH or KOPGROEP_CHROMIUM picks another Chromium.";

    // Without the networking flags Chromium keeps calling home, which floods a closed network.
    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage");

    private static Browser browser;
    private static String failure;

    private Chromium() {
    }

    /** The shared browser, started on first use; throws {@link Unavailable} (one line, no stack) if none can start. */
    static synchronized Browser browser() {
        if (browser == null && failure == null) {
            start();
        }
        if (failure != null) {
            throw new Unavailable(failure);
        }
        return browser;
    }

    private static void start() {
        Optional<Path> system = systemChromium();
        Playwright playwright = null;
        try {
            // The driver never downloads anything by itself; installing is our explicit second choice below.
            playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(FLAGS);
            if (system.isPresent()) {
                options.setExecutablePath(system.get());
            } else if (!installPlaywrightChromium()) {
                throw new IllegalStateException("Playwright could not install its Chromium");
            }
            browser = playwright.chromium().launch(options);
            Playwright started = playwright;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        } catch (RuntimeException e) {
            if (playwright != null) {
                playwright.close();
            }
            String cause = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            failure = system.map(path -> "Chromium at " + path + " did not start (" + cause + "). ").orElse("") + INSTALL_HINT;
        }
    }

    private static Optional<Path> systemChromium() {
        String chosen = Optional.ofNullable(System.getProperty("kopgroep.chromium")).orElse(System.getenv("KOPGROEP_CHROMIUM"));
        Stream<String> candidates = chosen != null && !chosen.isBlank()
                ? Stream.of(chosen)
                : Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
        return candidates.map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /** Runs Playwright's own CLI ({@code install chromium}) in a child JVM, since the CLI ends its JVM. */
    private static boolean installPlaywrightChromium() {
        try {
            Path log = Path.of("target", "playwright-install.log");
            Files.createDirectories(log.getParent());
            String java = ProcessHandle.current().info().command().orElse("java");
            Process install = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CLI.class.getName(),
                    "install", "chromium")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!install.waitFor(10, TimeUnit.MINUTES)) {
                install.destroyForcibly();
                return false;
            }
            return install.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    /** A browser test's one-line reason; no stack trace, since the same line repeats for every test. */
    static final class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message, null, false, false);
        }
    }
}
