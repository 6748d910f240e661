package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The edge of the application as plain HTTP sees it, through the real Tomcat (same context as the browser
 * tests): which client address sign-in sees when a request carries X-Forwarded-For, and the nonce of the
 * Content-Security-Policy on Vaadin's bootstrap page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HttpEdgeIT {

    private static final String SPOOFED = "203.0.113.77";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @AfterEach
    void forget() {
        jdbc.sql("DELETE FROM login_throttle").update();
    }

    @Test
    void aSpoofedForwardedForFromAnUntrustedPeerIsIgnored() throws Exception {
        String account = "spoof-" + System.nanoTime() + "@example.org";
        HttpResponse<String> response = postLogin(account, "fout", csrfToken(), SPOOFED);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login?error"));
        String address = jdbc.sql("SELECT target FROM audit_event WHERE action = 'LOGIN_FAILED' ORDER BY id DESC LIMIT 1")
                .query(String.class).single();
        assertThat(address).as("the peer's own address, not the header a client wrote").isNotEqualTo(SPOOFED)
                .isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    @Test
    void everyScriptOfTheBootstrapPageCarriesThisResponsesNonceAndTheNonceChanges() throws Exception {
        HttpResponse<String> first = get("/login");
        String policy = first.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher nonce = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'").matcher(policy);
        assertThat(nonce.find()).as("nonce in " + policy).isTrue();
        Matcher scripts = Pattern.compile("<script\\b[^>]*>").matcher(first.body());
        int count = 0;
        while (scripts.find()) {
            count++;
            assertThat(scripts.group()).contains("nonce=\"" + nonce.group(1) + "\"");
        }
        assertThat(count).as("scripts on the login page").isPositive();
        String second = get("/login").headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(second).doesNotContain(nonce.group(1));
    }

    @Autowired nl.kopgroep.mail.MailOutbox outbox;
    @Autowired nl.kopgroep.mail.OutboxWorker worker;
    @Autowired nl.kopgroep.mail.EmbeddedMailServer smtp;
    @Autowired nl.kopgroep.mail.MailRecipients recipients;
    @Autowired nl.kopgroep.mail.MailPreferences preferences;
    @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

    /** RFC 8058: the mail program POSTs to the List-Unsubscribe address, with no cookie and no CSRF token. */
    @Test
    void theOneClickUnsubscribeOfAReceivedMailWorksWithoutASessionOverRealHttp() throws Exception {
        var to = recipients.find(new nl.kopgroep.base.UserId(jdbc.sql("SELECT id FROM app_user WHERE email = ?")
                .param("deelnemer@voorbeeldstad.nl").query(Long.class).single())).orElseThrow();
        jdbc.sql("DELETE FROM mail_preference WHERE user_id = ?").param(to.id().value()).update();
        worker.sendDue();
        smtp.clear();
        transactions.executeWithoutResult(status -> outbox.send(to, nl.kopgroep.mail.MailTopic.LESSONS_BEHIND,
                nl.kopgroep.mail.MailContent.subject("mail.topic.lessons_behind").build()));
        worker.sendDue();
        assertThat(smtp.awaitReceived(1, java.time.Duration.ofSeconds(10))).isTrue();
        String header = smtp.received().getLast().getHeader("List-Unsubscribe")[0];
        String path = header.substring(header.indexOf("/mail/afmelden/"), header.length() - 1);
        try {
            HttpResponse<String> scanner = get(path);
            assertThat(scanner.statusCode()).as("a GET changes nothing").isEqualTo(303);
            assertThat(preferences.frequency(to.id(), nl.kopgroep.mail.MailTopic.LESSONS_BEHIND))
                    .isEqualTo(nl.kopgroep.mail.MailFrequency.DAILY);

            HttpClient mailProgram = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            HttpResponse<String> response = mailProgram.send(HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().allValues("Set-Cookie")).as("no session").isEmpty();
            assertThat(preferences.frequency(to.id(), nl.kopgroep.mail.MailTopic.LESSONS_BEHIND))
                    .isEqualTo(nl.kopgroep.mail.MailFrequency.NONE);
        } finally {
            jdbc.sql("DELETE FROM mail_preference WHERE user_id = ?").param(to.id().value()).update();
        }
    }

    @Test
    void guessedProviderAddressesLeadToTheLoginPageNotToAnErrorPage() throws Exception {
        long auditedBefore = jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
        // No municipality with this code, or one without an enabled provider: the login page says so in Dutch.
        for (String code : new String[] {"bestaat-niet", "voorbeeldstad", "Voorbeeldstad"}) {
            HttpResponse<String> start = get("/oauth2/authorization/" + code);
            assertThat(start.statusCode()).as(code).isEqualTo(302);
            assertThat(start.headers().firstValue("Location")).as(code)
                    .hasValueSatisfying(location -> assertThat(location).contains("/login?fout=niet-bereikbaar"));
        }
        // An encoded path separator never reaches the sign-in (Spring Security's firewall refuses it).
        assertThat(get("/oauth2/authorization/..%2F..%2Fetc").statusCode()).isEqualTo(400);
        // A provider's answer nobody asked for (no authorization request in this session) signs nobody in.
        HttpResponse<String> callback = get("/login/oauth2/code/voorbeeldstad?code=gestolen&state=geraden");
        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(callback.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .contains("/login?fout="));
        // Guessing costs the audit log nothing: no provider was asked and nobody's sign-in started, so an
        // anonymous visitor cannot fill the log (or crowd out a municipality's real events) with requests.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single()).isEqualTo(auditedBefore);
        // A back-channel logout without a (valid) logout token ends nothing and says why, as the specification asks.
        HttpResponse<String> logout = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/logout/connect/back-channel/voorbeeldstad"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("logout_token=eyJhbGciOiJub25lIn0.e30.")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(logout.statusCode()).isEqualTo(400);
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens the login page as a browser would and returns the CSRF token Vaadin put into it. */
    String csrfToken() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url("/login"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).as("CSRF token on the login page").isTrue();
        return token.group(1);
    }

    HttpResponse<String> postLogin(String username, String password, String csrf, String forwardedFor) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (csrf == null ? "" : "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
