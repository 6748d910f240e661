package nl.kopgroep.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import nl.kopgroep.base.warmup.WarmUpStep;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Warm-up before readiness: visits the sign-in page as an anonymous browser would — the page, then Vaadin's
 * {@code init} request that renders the {@code LoginView} — and signs the throw-away session out again, over HTTP
 * to the application itself (Tomcat, the security filters, Vaadin's bootstrap, routing, UIDL and compression get
 * their first run here instead of in a visitor's request). Nobody signs in and nothing is written to the database;
 * the session ends with the step. Without a web server (tests on a mock environment) it does nothing.
 */
@Component
class SignInPageWarmUp implements WarmUpStep {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final ApplicationContext context;

    SignInPageWarmUp(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "sign-in page";
    }

    @Override
    public void run() throws IOException, InterruptedException {
        Optional<URI> base = base();
        if (base.isEmpty()) {
            return;
        }
        try (HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build()) {
            String page = get(client, base.get().resolve("/login"));
            String init = get(client, base.get().resolve("/?v-r=init&location=login&query="));
            if (!init.contains("\"uidl\"")) {
                throw new IllegalStateException("the sign-in page's init request did not render it");
            }
            String csrf = csrfToken(page).orElseThrow(() -> new IllegalStateException("no CSRF token on the sign-in page"));
            HttpResponse<Void> logout = client.send(HttpRequest.newBuilder(base.get().resolve("/logout")).timeout(TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.discarding());
            if (logout.statusCode() / 100 != 3) {
                throw new IllegalStateException("signing the warm-up session out answered " + logout.statusCode());
            }
        }
    }

    private Optional<URI> base() {
        if (context instanceof WebServerApplicationContext web && web.getWebServer() != null
                && web.getWebServer().getPort() > 0) {
            return Optional.of(URI.create("http://127.0.0.1:" + web.getWebServer().getPort()));
        }
        return Optional.empty();
    }

    /** A GET as a browser makes it (gzip accepted); the body as text, or an exception for anything but 200. */
    private static String get(HttpClient client, URI uri) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + uri.getPath() + " answered " + response.statusCode());
        }
        InputStream body = new ByteArrayInputStream(response.body());
        if (response.headers().firstValue("Content-Encoding").filter("gzip"::equalsIgnoreCase).isPresent()) {
            body = new GZIPInputStream(body);
        }
        try (InputStream in = body) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Optional<String> csrfToken(String page) {
        Matcher matcher = CSRF.matcher(page);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
