package nl.kopgroep.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.base.DomainException;
import nl.kopgroep.base.OrganisationId;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The municipality's own OpenID Connect provider (issue 13, step 1): who may see and change it, the rules on what is
 * typed, the sealed secret that never comes back, the audit trail, and "verbinding testen" against a real local HTTP
 * server that serves a discovery document.
 */
@KopgroepTest
class IdentityProviderServiceTest {

    @Autowired IdentityProviderService providers;
    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Autowired IdentityProviderStore store;
    @Value("${kopgroep.base-url}") String baseUrl;

    private OrganisationId voorbeeldstad;
    private OrganisationId lindendal;
    private HttpServer server;
    private final AtomicReference<String> document = new AtomicReference<>("{}");
    private final AtomicInteger status = new AtomicInteger(200);

    @BeforeEach
    void setUp() throws IOException {
        voorbeeldstad = organisation("voorbeeldstad");
        lindendal = organisation("lindendal");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/realm/.well-known/openid-configuration", exchange -> {
            byte[] body = document.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        DemoUsers.signIn(users, DemoUsers.ADMIN);
    }

    @AfterEach
    void tearDown() {
        server.stop(0);
        DemoUsers.signOut();
        jdbc.sql("DELETE FROM identity_provider").update();
        jdbc.sql("DELETE FROM user_role WHERE role = 'ADMIN' AND user_id = (SELECT id FROM app_user WHERE email = ?)")
                .param(DemoUsers.LINDENDAL_COACH).update();
    }

    @Test
    void theAdministratorSavesTheProviderAndNeverSeesTheSecretAgain() {
        int created = audits("IDENTITY_PROVIDER_CREATED");
        int changes = audits("IDENTITY_PROVIDER_CHANGED");
        int removed = audits("IDENTITY_PROVIDER_REMOVED");
        IdentityProviderSettings saved = providers.save(voorbeeldstad, form("https://login.example.org/tenant/v2.0",
                "geheim-123", "voorbeeldstad.nl, @Burgerzaken.Voorbeeldstad.nl\nvoorbeeldstad.nl", null));

        assertThat(saved.secretSet()).isTrue();
        assertThat(saved.domains()).containsExactly("voorbeeldstad.nl", "burgerzaken.voorbeeldstad.nl");
        assertThat(saved.toString()).doesNotContain("geheim-123");
        assertThat(saved.subjectClaim()).isEqualTo("oid");
        assertThat(saved.emailClaim()).isEqualTo("email");
        String stored = jdbc.sql("SELECT client_secret FROM identity_provider WHERE organisation_id = ?")
                .param(voorbeeldstad.value()).query(String.class).single();
        assertThat(stored).startsWith("plain:").endsWith("geheim-123");  // tests run without a key; with one: "aes:"
        assertThat(audits("IDENTITY_PROVIDER_CREATED")).isEqualTo(created + 1);

        // An empty secret field keeps the stored secret; a typed one replaces it.
        IdentityProviderSettings changed = providers.save(voorbeeldstad, form("https://login.example.org/tenant/v2.0", "",
                "voorbeeldstad.nl", saved.version()));
        assertThat(changed.version()).isEqualTo(saved.version() + 1);
        assertThat(secret()).isEqualTo(stored);
        providers.save(voorbeeldstad, form("https://login.example.org/tenant/v2.0", "nieuw-geheim", "voorbeeldstad.nl",
                changed.version()));
        assertThat(secret()).endsWith("nieuw-geheim");
        assertThat(audits("IDENTITY_PROVIDER_CHANGED")).isEqualTo(changes + 2);

        // A form loaded before someone else saved does not overwrite the newer settings.
        assertRefused(() -> providers.save(voorbeeldstad, form("https://login.example.org/other", "", "voorbeeldstad.nl",
                changed.version())), "identityProvider.changedMeanwhile");
        assertThat(providers.settings(voorbeeldstad).orElseThrow().issuer()).isEqualTo("https://login.example.org/tenant/v2.0");

        providers.remove(voorbeeldstad);
        assertThat(providers.settings(voorbeeldstad)).isEmpty();
        assertThat(audits("IDENTITY_PROVIDER_REMOVED")).isEqualTo(removed + 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_provider_domain").query(Integer.class).single()).isZero();
    }

    @Test
    void theAddressesToRegisterAtTheProviderCarryTheMunicipalitysCode() {
        ProviderRegistrationDetails details = providers.registrationDetails(lindendal);
        assertThat(details.redirectUri()).isEqualTo(baseUrl + "/login/oauth2/code/lindendal");
        assertThat(details.postLogoutRedirectUri()).isEqualTo(baseUrl + "/login");
        assertThat(details.backChannelLogoutUri()).isEqualTo(baseUrl + "/logout/connect/back-channel/lindendal");
        assertThat(providers.registrationDetails(voorbeeldstad).redirectUri()).endsWith("/login/oauth2/code/voorbeeldstad");
    }

    @Test
    void whatIsTypedMustMakeSense() {
        assertRefused(() -> providers.save(voorbeeldstad, form("http://login.example.org", "s", "voorbeeldstad.nl", null)),
                "identityProvider.issuer.https");
        assertRefused(() -> providers.save(voorbeeldstad, form("login.example.org", "s", "voorbeeldstad.nl", null)),
                "identityProvider.issuer.invalid");
        assertRefused(() -> providers.save(voorbeeldstad, form("https://login.example.org/?x=1", "s", "voorbeeldstad.nl", null)),
                "identityProvider.issuer.invalid");
        assertRefused(() -> providers.save(voorbeeldstad, form("https://login.example.org", "s", "voorbeeldstad", null)),
                "identityProvider.domain.invalid");
        assertRefused(() -> providers.save(voorbeeldstad, form("https://login.example.org", "s", "a@voorbeeldstad.nl", null)),
                "identityProvider.domain.invalid");
        assertRefused(() -> providers.save(voorbeeldstad, form("https://login.example.org", "s", " , ", null)),
                "identityProvider.domain.required");
        assertRefused(() -> providers.save(voorbeeldstad, form("https://login.example.org", "", "voorbeeldstad.nl", null)),
                "identityProvider.secret.required");
        assertThat(providers.settings(voorbeeldstad)).isEmpty();
        // http is allowed only on this machine (development and tests).
        assertThat(providers.save(voorbeeldstad, form("http://localhost:8180/realms/kopgroep", "s", "voorbeeldstad.nl", null))
                .issuer()).isEqualTo("http://localhost:8180/realms/kopgroep");
    }

    @Test
    void aDomainBelongsToOneMunicipalityOnly() {
        providers.save(voorbeeldstad, form("https://login.example.org/a", "s", "voorbeeldstad.nl", null));
        assertRefused(() -> providers.save(lindendal, form("https://login.example.org/b", "s", "lindendal.nl VOORBEELDSTAD.nl", null)),
                "identityProvider.domain.taken");
        assertThat(providers.settings(lindendal)).isEmpty();
        // Two administrators saving the same domain at the same moment: the primary key decides, with the same message.
        assertRefused(() -> store.replaceDomains(lindendal, List.of("voorbeeldstad.nl")), "identityProvider.domain.taken");
        assertThat(providers.save(lindendal, form("https://login.example.org/b", "s", "lindendal.nl", null)).domains())
                .containsExactly("lindendal.nl");
    }

    @Test
    void anotherMunicipalitysAdministratorCanNeitherReadNorChangeIt() {
        providers.save(voorbeeldstad, form("https://login.example.org/a", "s", "voorbeeldstad.nl", null));
        jdbc.sql("INSERT INTO user_role (user_id, role) SELECT id, 'ADMIN' FROM app_user WHERE email = ?")
                .param(DemoUsers.LINDENDAL_COACH).update();
        DemoUsers.signIn(users, DemoUsers.LINDENDAL_COACH);

        assertThat(providers.settings(lindendal)).isEmpty();  // their own: allowed
        assertThatThrownBy(() -> providers.settings(voorbeeldstad)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> providers.save(voorbeeldstad, form("https://evil.example.org", "s", "lindendal.nl", 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> providers.remove(voorbeeldstad)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> providers.registrationDetails(voorbeeldstad)).isInstanceOf(AccessDeniedException.class);
        assertThat(providers.registrationDetails(lindendal).redirectUri()).endsWith("/lindendal");
        assertThatThrownBy(() -> providers.testConnection(voorbeeldstad, "https://login.example.org/a"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.sql("SELECT issuer FROM identity_provider WHERE organisation_id = ?").param(voorbeeldstad.value())
                .query(String.class).single()).isEqualTo("https://login.example.org/a");

        DemoUsers.signIn(users, DemoUsers.COACH);
        assertThatThrownBy(() -> providers.settings(voorbeeldstad)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void verbindingTestenReadsTheDiscoveryDocument() {
        String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realm";
        document.set("""
                {"issuer": "%s", "authorization_endpoint": "%s/auth", "token_endpoint": "%s/token", "jwks_uri": "%s/jwks"}"""
                .formatted(issuer, issuer, issuer, issuer));
        ConnectionVerdict good = providers.testConnection(voorbeeldstad, issuer);
        assertThat(good.ok()).isTrue();
        assertThat(good.messageKey()).isEqualTo("identityProvider.test.ok");
        // A trailing slash in the setting fetches the same document, but the issuer no longer matches exactly.
        assertThat(providers.testConnection(voorbeeldstad, issuer + "/").messageKey()).isEqualTo("identityProvider.test.issuerMismatch");

        document.set("""
                {"issuer": "https://someone-else.example.org", "authorization_endpoint": "a", "token_endpoint": "b", "jwks_uri": "c"}""");
        ConnectionVerdict mismatch = providers.testConnection(voorbeeldstad, issuer);
        assertThat(mismatch.ok()).isFalse();
        assertThat(mismatch.arguments()).containsExactly(issuer, "https://someone-else.example.org");

        document.set("""
                {"issuer": "%s", "authorization_endpoint": "%s/auth", "token_endpoint": "%s/token"}""".formatted(issuer, issuer, issuer));
        ConnectionVerdict missing = providers.testConnection(voorbeeldstad, issuer);
        assertThat(missing.messageKey()).isEqualTo("identityProvider.test.missing");
        assertThat(missing.arguments()).containsExactly("jwks_uri");

        document.set("<html>niet hier</html>");
        assertThat(providers.testConnection(voorbeeldstad, issuer).messageKey()).isEqualTo("identityProvider.test.notJson");

        status.set(404);
        ConnectionVerdict notFound = providers.testConnection(voorbeeldstad, issuer);
        assertThat(notFound.messageKey()).isEqualTo("identityProvider.test.status");
        assertThat(notFound.arguments()).containsExactly(issuer + "/.well-known/openid-configuration", "404");

        assertThat(providers.testConnection(voorbeeldstad, "http://127.0.0.1:" + closedPort() + "/realm").messageKey())
                .isEqualTo("identityProvider.test.unreachable");
        assertRefused(() -> providers.testConnection(voorbeeldstad, "http://login.example.org"), "identityProvider.issuer.https");
    }

    private static IdentityProviderForm form(String issuer, String secret, String domains, Integer version) {
        return new IdentityProviderForm(issuer, "kopgroep-client", secret, domains, "", "oid", false, true, true, version);
    }

    private static void assertRefused(ThrowingCallable action, String key) {
        assertThatThrownBy(action).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private OrganisationId organisation(String code) {
        return new OrganisationId(jdbc.sql("SELECT id FROM organisation WHERE code = ?").param(code).query(Long.class).single());
    }

    private String secret() {
        return jdbc.sql("SELECT client_secret FROM identity_provider WHERE organisation_id = ?")
                .param(voorbeeldstad.value()).query(String.class).single();
    }

    private int audits(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = ? AND target LIKE 'voorbeeldstad %'")
                .param(action).query(Integer.class).single();
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
