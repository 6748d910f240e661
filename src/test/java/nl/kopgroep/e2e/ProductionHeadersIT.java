package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Vaadin's production HTTP behaviour through the real Tomcat, with the production bundle on the class path (the
 * failsafe execution {@code production-bundle}, like {@link ProductionBundleIT}; issue 16, README "Production"):
 * pages, UIDL, scripts and stylesheets are compressed for a client that accepts gzip, the bundle's hashed files
 * are cached for a year as immutable, an unversioned URL is never immutable, and the security headers stay.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProductionHeadersIT {

    private static final Pattern BUNDLE_SCRIPT = Pattern.compile("src=\"\\./(VAADIN/build/[^\"]+\\.js)\"");
    private static final Pattern STYLESHEET = Pattern.compile("href=\"\\./(styles/kopgroep\\.css)\\?(v-c=[0-9a-f]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void theBundlesHashedFilesAreImmutableForAYearAndCompressed() throws Exception {
        String script = find(BUNDLE_SCRIPT, get("/login", "identity").body()).group(1);

        HttpResponse<byte[]> gzip = getBytes("/" + script, "gzip");
        assertThat(gzip.statusCode()).isEqualTo(200);
        assertThat(header(gzip, "Content-Encoding")).as("a client that accepts gzip only").isEqualTo("gzip");
        assertThat(header(gzip, "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(gzip.headers().firstValue("Pragma")).as("no contradicting Pragma").isEmpty();
        assertThat(gzip.headers().firstValue("Expires")).as("no contradicting Expires").isEmpty();
        assertThat(header(gzip, "X-Content-Type-Options")).as("security headers stay").isEqualTo("nosniff");

        HttpResponse<byte[]> brotli = getBytes("/" + script, "gzip, deflate, br");
        assertThat(header(brotli, "Content-Encoding")).as("Vaadin's pre-compressed Brotli file").isEqualTo("br");
        assertThat(header(brotli, "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(brotli.body().length).isLessThan(gzip.body().length);
    }

    @Test
    void ourStylesheetIsImmutableOnlyUnderItsContentHash() throws Exception {
        Matcher link = find(STYLESHEET, get("/login", "identity").body());

        HttpResponse<byte[]> versioned = getBytes("/" + link.group(1) + "?" + link.group(2), "gzip");
        assertThat(header(versioned, "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(header(versioned, "Content-Encoding")).isEqualTo("gzip");

        HttpResponse<byte[]> plain = getBytes("/" + link.group(1), "gzip");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(header(plain, "Cache-Control")).as("an unversioned URL is revalidated, never immutable")
                .isEqualTo("no-cache").doesNotContain("immutable");
        assertThat(header(plain, "Content-Encoding")).isEqualTo("gzip");
        String lastModified = header(plain, "Last-Modified");
        HttpResponse<byte[]> again = send(HttpRequest.newBuilder(uri("/" + link.group(1)))
                .header("If-Modified-Since", lastModified).build());
        assertThat(again.statusCode()).as("revalidation answers 304 Not Modified").isEqualTo(304);
    }

    @Test
    void pagesAndUidlAreCompressedAndNeverCached() throws Exception {
        HttpResponse<String> page = get("/login", "gzip");
        assertThat(header(page, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(page, "Cache-Control")).contains("no-store");
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();

        HttpResponse<byte[]> init = getBytes("/?v-r=init&location=login&query=", "gzip");
        assertThat(init.statusCode()).isEqualTo(200);
        assertThat(header(init, "Content-Type")).startsWith("application/json");
        assertThat(header(init, "Content-Encoding")).as("Vaadin's UIDL (JSON)").isEqualTo("gzip");
        assertThat(header(init, "Cache-Control")).contains("no-store").doesNotContain("immutable");

        HttpResponse<String> identity = get("/login", "identity");
        assertThat(identity.headers().firstValue("Content-Encoding")).as("not for a client without gzip").isEmpty();
    }

    private HttpResponse<String> get(String path, String acceptEncoding) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept-Encoding", acceptEncoding).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String path, String acceptEncoding) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept-Encoding", acceptEncoding).build());
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("(none)");
    }

    private static Matcher find(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        assertThat(matcher.find()).as(pattern + " in the page").isTrue();
        return matcher;
    }
}
