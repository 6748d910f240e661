package nl.kopgroep.organisation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.database.DemoDataPolicy;
import nl.kopgroep.security.SecretCipher;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.MockWebServerWrapper;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * For {@code ./mvnw spring-boot:run}: the demo municipality Lindendal signs in through an OpenID Connect provider of
 * its own (issue 13), a real one running in this JVM (mock-oauth2-server) at
 * {@code http://localhost:<port>/lindendal}. Its sign-in page lists Lindendal's demo people (and one person Kopgroep
 * does not know) to pick from; the ID token carries their address, a stable subject and {@code amr: [pwd, mfa]}.
 * At every start Lindendal's provider configuration is pointed at it. Only with demo data, only where the library is
 * on the class path (never the production jar); {@code kopgroep.demo.identity-provider.port=-} switches it off.
 */
@Component
@Conditional(DemoIdentityProviderCondition.class)
@Order(DemoOrganisations.ORDER + 10)
class DemoIdentityProvider implements ApplicationRunner, DisposableBean {

    static final String PORT_PROPERTY = "kopgroep.demo.identity-provider.port";
    static final String MUNICIPALITY = "lindendal";
    static final String CLIENT_ID = "kopgroep-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoIdentityProvider.class);

    private final DemoDataPolicy policy;
    private final JdbcClient jdbc;
    private final IdentityProviderStore store;
    private final SecretCipher cipher;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int port;
    private volatile @Nullable MockOAuth2Server server;

    DemoIdentityProvider(DemoDataPolicy policy, JdbcClient jdbc, IdentityProviderStore store, SecretCipher cipher,
                         TransactionTemplate transaction, Clock clock, @Value("${" + PORT_PROPERTY + "}") int port) {
        this.policy = policy;
        this.jdbc = jdbc;
        this.store = store;
        this.cipher = cipher;
        this.transaction = transaction;
        this.clock = clock;
        this.port = port;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (policy.enabled()) {
            start(port);
        }
    }

    /** Starts the provider ({@code 0}: any free port) and points Lindendal at it; false when that cannot be done. */
    boolean start(int wantedPort) {
        OrganisationId lindendal = jdbc.sql("SELECT id FROM organisation WHERE code = ?").param(MUNICIPALITY)
                .query(Long.class).optional().map(OrganisationId::new).orElse(null);
        if (lindendal == null) {
            return false;
        }
        try {
            Path loginPage = Files.createTempFile("kopgroep-demo-login", ".html");
            loginPage.toFile().deleteOnExit();
            Files.writeString(loginPage, loginPage(lindendal), StandardCharsets.UTF_8);
            MockOAuth2Server started = new MockOAuth2Server(new OAuth2Config(true, loginPage.toString(), null, false,
                    new OAuth2TokenProvider(), java.util.Set.of(), new MockWebServerWrapper()));
            started.start(wantedPort);
            server = started;
        } catch (IOException | RuntimeException e) {
            log.warn("Demo identity provider not started on port {} ({}); Lindendal signs in with passwords", wantedPort,
                    e.getMessage());
            return false;
        }
        String issuer = issuer();
        transaction.executeWithoutResult(status -> configure(lindendal, issuer));
        log.info("Demo identity provider for Gemeente Lindendal at {} (sign in as e.g. deelnemer@lindendal.nl)", issuer);
        return true;
    }

    String issuer() {
        MockOAuth2Server running = server;
        if (running == null) {
            throw new IllegalStateException("not started");
        }
        String url = running.issuerUrl(MUNICIPALITY).toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private void configure(OrganisationId lindendal, String issuer) {
        var existing = store.find(lindendal, true);
        var row = new IdentityProviderStore.Row(lindendal, issuer, CLIENT_ID,
                existing.map(IdentityProviderStore.Row::sealedSecret).orElseGet(() -> cipher.seal("demo-geheim")),
                "email", "sub", true, true, true, 0, clock.instant());
        if (existing.isEmpty()) {
            store.insert(row, null);
            store.replaceDomains(lindendal, List.of("lindendal.nl"));
        } else if (!existing.get().issuer().equals(issuer) || !existing.get().enabled()) {
            store.update(new IdentityProviderStore.Row(lindendal, issuer, existing.get().clientId(), existing.get().sealedSecret(),
                    existing.get().emailClaim(), existing.get().subjectClaim(), existing.get().passwordsAllowed(),
                    existing.get().providerMfaCounts(), true, 0, clock.instant()), existing.get().version(), null);
        }
    }

    /** The provider's sign-in page: one button per active Lindendal account, and one person Kopgroep does not know. */
    private String loginPage(OrganisationId lindendal) {
        List<Map.Entry<String, String>> people = jdbc.sql(
                        "SELECT email, display_name FROM app_user WHERE organisation_id = ? AND active = TRUE ORDER BY display_name")
                .param(lindendal.value())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list();
        StringBuilder buttons = new StringBuilder();
        for (Map.Entry<String, String> person : people) {
            buttons.append(personForm(person.getKey(), person.getValue()));
        }
        buttons.append(personForm("onbekend@lindendal.nl", "Iemand die Kopgroep niet kent"));
        return """
                <!DOCTYPE html>
                <html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Inloggen – Gemeente Lindendal (demo)</title>
                <style>
                  body { font-family: system-ui, sans-serif; max-width: 34rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
                  h1 { font-size: 1.5rem; } p { line-height: 1.5; }
                  form { margin: 0.5rem 0; }
                  button { width: 100%; padding: 0.75rem 1rem; font-size: 1rem; text-align: left; border: 1px solid #1f4e79;
                           border-radius: 6px; background: #fff; color: #1f4e79; cursor: pointer; }
                  button:hover, button:focus { background: #1f4e79; color: #fff; outline: 3px solid #f5b700; }
                  .address { display: block; font-size: 0.875rem; }
                </style></head>
                <body><main>
                <h1>Gemeente Lindendal – inloggen (demo)</h1>
                <p>Dit is de demo-inlogdienst van de gemeente Lindendal, zoals Microsoft Entra ID dat bij een echte gemeente is.
                Kies wie u bent; er wordt geen wachtwoord gevraagd.</p>
                PEOPLE
                </main></body></html>
                """.replace("PEOPLE", buttons);
    }

    private static String personForm(String email, String name) {
        String subject = "lindendal-" + email.substring(0, email.indexOf('@')).replaceAll("[^a-z0-9]+", "-");
        String claims = "{\"email\":\"" + email + "\",\"name\":\"" + name.replace("\"", "") + "\",\"amr\":[\"pwd\",\"mfa\"]}";
        return "<form method=\"post\"><input type=\"hidden\" name=\"username\" value=\"" + HtmlUtils.htmlEscape(subject) + "\">"
                + "<input type=\"hidden\" name=\"claims\" value=\"" + HtmlUtils.htmlEscape(claims) + "\">"
                + "<button type=\"submit\">" + HtmlUtils.htmlEscape(name)
                + "<span class=\"address\">" + HtmlUtils.htmlEscape(email) + "</span></button></form>\n";
    }

    @Override
    public void destroy() {
        MockOAuth2Server running = server;
        if (running != null) {
            running.shutdown();
            server = null;
        }
    }
}
