package nl.kopgroep.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Beheer → Inloggen via de gemeente: the form keeps what was typed on a refusal, saves, hides the secret, tests. */
@KopgroepTest
@ViewPackages(packages = "nl.kopgroep")
class IdentityProviderViewTest extends SpringBrowserlessTest {

    @Autowired UserDetailsService users;
    @Autowired JdbcClient jdbc;
    @Value("${kopgroep.base-url}") String baseUrl;

    private HttpServer server;
    private String issuer;

    @BeforeEach
    void setUp() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/.well-known/openid-configuration", exchange -> {
            byte[] body = """
                    {"issuer": "%s", "authorization_endpoint": "%s/a", "token_endpoint": "%s/t", "jwks_uri": "%s/k"}"""
                    .formatted(issuer, issuer, issuer, issuer).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
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
    }

    @Test
    void theAdministratorSetsUpTheProviderAndTestsTheConnection() {
        navigate(IdentityProviderView.class);
        IdentityProviderPanel panel = $(IdentityProviderPanel.class).single();
        assertThat($(RouterLink.class).all().stream().map(RouterLink::getText)).contains("Inloggen via de gemeente");
        Stream.of(panel.issuer, panel.clientId, panel.secret, panel.domains, panel.emailClaim, panel.subjectClaim)
                .map(HasLabel::getLabel).forEach(label -> assertThat(label).isNotBlank());
        assertThat(panel.emailClaim.getValue()).isEqualTo("email");

        // What the administrator registers at the provider, ready to copy, also before anything is saved.
        Stream.of(panel.redirectUri, panel.postLogoutRedirectUri, panel.backChannelLogoutUri).forEach(field -> {
            assertThat(field.getLabel()).isNotBlank();
            assertThat(field.isReadOnly()).isTrue();
        });
        assertThat(panel.redirectUri.getValue()).isEqualTo(baseUrl + "/login/oauth2/code/voorbeeldstad");
        assertThat(panel.postLogoutRedirectUri.getValue()).isEqualTo(baseUrl + "/login");
        assertThat(panel.backChannelLogoutUri.getValue()).isEqualTo(baseUrl + "/logout/connect/back-channel/voorbeeldstad");
        assertThat($(Paragraph.class).all().stream().map(Paragraph::getText))
                .anyMatch(text -> text.startsWith("Zie de handleiding") && text.contains("docs/identity-providers.md"));
        assertThat(panel.subjectClaim.getValue()).isEqualTo("sub");

        test(panel.issuer).setValue("http://login.example.org/tenant");
        test(panel.clientId).setValue("kopgroep");
        test(panel.secret).setValue("geheim");
        test(panel.domains).setValue("voorbeeldstad.nl");
        test(panel.subjectClaim).setValue("oid");
        test(panel.save).click();
        assertThat(panel.error.isVisible()).isTrue();
        assertThat(panel.error.getText()).isEqualTo("De issuer-URL moet met https:// beginnen (http mag alleen voor localhost).");
        assertThat(panel.secret.getValue()).isEqualTo("geheim");
        assertThat(panel.domains.getValue()).isEqualTo("voorbeeldstad.nl");
        assertThat(panel.subjectClaim.getValue()).isEqualTo("oid");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_provider").query(Integer.class).single()).isZero();

        test(panel.issuer).setValue(issuer);
        test(panel.save).click();
        assertThat(panel.error.isVisible()).isFalse();
        assertThat(panel.status.getText()).isEqualTo("De instellingen zijn opgeslagen.");
        assertThat(panel.secret.getValue()).isEmpty();
        assertThat(panel.secret.getHelperText()).startsWith("Ingesteld.");
        assertThat(jdbc.sql("SELECT subject_claim FROM identity_provider").query(String.class).single()).isEqualTo("oid");

        test(panel.test).click();
        assertThat(panel.verdict.getText()).startsWith("Verbinding in orde: " + issuer);
        assertThat(panel.verdict.hasClassName("ok")).isTrue();

        // Typing a different issuer and testing it before saving reports the precise problem.
        test(panel.issuer).setValue(issuer + "/");
        test(panel.test).click();
        assertThat(panel.verdict.getText()).startsWith("De provider noemt zich " + issuer + ",");
        assertThat(panel.verdict.hasClassName("problem")).isTrue();
    }
}
