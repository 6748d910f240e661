package nl.kopgroep.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.organisation.AccountForm;
import nl.kopgroep.organisation.AccountService;
import nl.kopgroep.organisation.IdentityProviderForm;
import nl.kopgroep.organisation.IdentityProviderService;
import nl.kopgroep.organisation.OrganisationService;
import nl.kopgroep.security.Role;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 13, end to end: two municipalities sign in through their own OpenID Connect provider — a real one, running in
 * this JVM (mock-oauth2-server, with an issuer per municipality) — in headless Chromium. The first sign-in links the
 * account by e-mail address, later ones match the subject alone; an unknown person and another municipality's person
 * are refused with a Dutch message and get no account; a person disabled at the provider loses access at the next
 * click (the token refresh is refused); signing out goes through the provider's end-session endpoint; a back-channel
 * logout ends the session.
 */
class ProviderSignInIT extends BrowserTest {

    static final String CLIENT_ID = "kopgroep-test";
    static final String OOSTERWOLDE = "oosterwolde";
    static final String WESTERBROEK = "westerbroek";
    static final String ANNA = "anna@oosterwolde-test.nl";
    static final String ANNA_PASSWORD = "Lange-zin-voor-Anna-2026";
    static final AtomicBoolean refuseRefresh = new AtomicBoolean();
    static MockOAuth2Server provider;

    @Autowired UserDetailsService users;
    @Autowired OrganisationService organisations;
    @Autowired AccountService accounts;
    @Autowired IdentityProviderService providers;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.security.crypto.password.PasswordEncoder encoder;

    private OrganisationId oosterwolde;
    private OrganisationId westerbroek;
    private final List<String> visited = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startProvider() {
        provider = new MockOAuth2Server(new OAuth2Config(), refusingRefresh());
        provider.start();
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @BeforeEach
    void municipalitiesWithTheirProviders() {
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        try {
            oosterwolde = municipality("Gemeente Oosterwolde", OOSTERWOLDE, "oosterwolde-test.nl");
            westerbroek = municipality("Gemeente Westerbroek", WESTERBROEK, "westerbroek-test.nl");
            account(oosterwolde, ANNA, "Anna Oosterwolde");
            account(westerbroek, "bert@westerbroek-test.nl", "Bert Westerbroek");
        } finally {
            DemoUsers.signOut();
        }
        jdbc.sql("DELETE FROM account_identity WHERE organisation_id IN (?, ?)").params(oosterwolde.value(), westerbroek.value()).update();
        refuseRefresh.set(false);
        page.onRequest(request -> visited.add(request.url()));
    }

    @Test
    void theFirstSignInLinksTheAccountAndLaterOnesMatchTheSubjectAlone() {
        signInThrough(OOSTERWOLDE, ANNA, "oid-anna", Map.of("email", ANNA, "name", "Anna O."), 3600);
        waitForUrl(".*/$");
        waitForText("Anna Oosterwolde");
        assertThat(visited).anySatisfy(address -> assertThat(address)
                .contains("/oosterwolde/authorize").contains("login_hint=anna@oosterwolde-test.nl")
                .contains("code_challenge_method=S256"));
        assertThat(jdbc.sql("SELECT subject FROM account_identity WHERE user_id = (SELECT id FROM app_user WHERE email = ?)")
                .param(ANNA).query(String.class).single()).isEqualTo("oid-anna");
        assertThat(lastAudit("LOGIN_PROVIDER", ANNA)).contains("oosterwolde (first sign-in: account linked)");

        signOut();
        assertThat(visited).anySatisfy(address -> assertThat(address)
                .contains("/oosterwolde/endsession").contains("id_token_hint=").contains("post_logout_redirect_uri="));
        open("");
        waitForUrl(".*/login$");

        // The provider now says another address: the subject decides.
        signInThrough(OOSTERWOLDE, ANNA, "oid-anna", Map.of("email", "anna.nieuw@elders.example"), 3600);
        page.waitForURL(address -> !address.contains("/login"));
        waitForText("Anna Oosterwolde");
        assertThat(lastAudit("LOGIN_PROVIDER", ANNA)).doesNotContain("account linked");
    }

    @Test
    void anUnknownPersonIsRefusedInDutchAndGetsNoAccount() {
        signInThrough(OOSTERWOLDE, "nieuw@oosterwolde-test.nl", "oid-nieuw", Map.of("email", "nieuw@oosterwolde-test.nl"), 3600);
        waitForUrl(".*/login\\?fout=onbekend&gemeente=oosterwolde$");
        waitForText("Kopgroep kent u (nog) niet. Vraag uw programmabeheerder");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE email = ?").param("nieuw@oosterwolde-test.nl")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT target FROM audit_event WHERE action = 'LOGIN_PROVIDER_REFUSED' ORDER BY id DESC LIMIT 1")
                .query(String.class).single()).startsWith("onbekend oosterwolde: nieuw@oosterwolde-test.nl");
        assertAccessible("login after a refused provider sign-in");

        // The municipality still allows passwords: the page offers them.
        button("Inloggen met uw Kopgroep-wachtwoord").click();
        waitFor("vaadin-login-form");
        assertThat(page.locator("input[name=password]").isVisible()).isTrue();
    }

    @Test
    void aSubjectOrAddressOfAnotherMunicipalityNeverMatches() {
        signInThrough(OOSTERWOLDE, ANNA, "oid-anna", Map.of("email", ANNA), 3600);
        waitForUrl(".*/$");
        context.clearCookies();

        // Westerbroek's provider presents Anna's subject and address: no link of Westerbroek, an address not of its domains.
        signInThrough(WESTERBROEK, "bert@westerbroek-test.nl", "oid-anna", Map.of("email", ANNA), 3600);
        waitForUrl(".*/login\\?fout=ander-domein&gemeente=westerbroek$");
        // ... and with an address of its own domain, Oosterwolde's person is still nobody there.
        signInThrough(WESTERBROEK, "bert@westerbroek-test.nl", "oid-anna", Map.of("email", "anna@westerbroek-test.nl"), 3600);
        waitForUrl(".*/login\\?fout=onbekend&gemeente=westerbroek$");
        // Oosterwolde's provider presenting Westerbroek's Bert finds no one either.
        signInThrough(OOSTERWOLDE, ANNA, "oid-bert", Map.of("email", "bert@westerbroek-test.nl"), 3600);
        waitForUrl(".*/login\\?fout=ander-domein&gemeente=oosterwolde$");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM account_identity WHERE organisation_id = ?").param(westerbroek.value())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aPersonDisabledAtTheProviderLosesAccessAtTheNextClick() {
        // Tokens that are about to expire are renewed at every request.
        signInThrough(OOSTERWOLDE, ANNA, "oid-anna", Map.of("email", ANNA), 30);
        waitForUrl(".*/$");
        open("dagboek");
        waitFor("h1");
        assertThat(page.url()).endsWith("/dagboek");

        refuseRefresh.set(true);
        open("doelen");
        waitForUrl(".*/login$");
        assertThat(lastAudit("SESSION_ENDED_PROVIDER", ANNA)).contains("invalid_grant");
    }

    @Test
    void aBackChannelLogoutFromTheProviderEndsTheSession() throws Exception {
        signInThrough(OOSTERWOLDE, ANNA, "oid-anna-sub", Map.of("email", ANNA), 3600);
        waitForUrl(".*/$");
        String logoutToken = provider.issueToken(OOSTERWOLDE, CLIENT_ID, new DefaultOAuth2TokenCallback(OOSTERWOLDE,
                "oid-anna-sub", "logout+jwt", List.of(CLIENT_ID),
                Map.of("events", Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of())), 120)).serialize();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url("logout/connect/back-channel/" + OOSTERWOLDE)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("logout_token=" + URLEncoder.encode(logoutToken, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        open("dagboek");
        waitForUrl(".*/login$");
        assertThat(lastAudit("LOGOUT_PROVIDER_BACK_CHANNEL", ANNA)).contains("/oosterwolde");

        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(url("logout/connect/back-channel/" + OOSTERWOLDE)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("logout_token=" + URLEncoder.encode(
                        logoutToken.substring(0, logoutToken.lastIndexOf('.') + 1) + "AAAA", StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(400);
    }

    @Test
    void whereOnlyTheMunicipalityAccountCountsARightPasswordShowsTheWayThere() {
        jdbc.sql("UPDATE app_user SET password_hash = ? WHERE email = ?").params(encoder.encode(ANNA_PASSWORD), ANNA).update();
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        try {
            var settings = providers.settings(oosterwolde).orElseThrow();
            providers.save(oosterwolde, new IdentityProviderForm(settings.issuer(), CLIENT_ID, null, "oosterwolde-test.nl",
                    "email", "sub", false, true, true, settings.version()));
        } finally {
            DemoUsers.signOut();
        }
        open("login");
        // Typing the municipal address straight into the password form (after another address) gets no session.
        page.locator("#login-email input").fill("iemand@voorbeeldstad.nl");
        page.locator("#login-email input").press("Enter");
        waitFor("vaadin-login-form");
        typeCredentials(ANNA, ANNA_PASSWORD);
        waitForUrl(".*/login\\?error$");
        waitForText("Gemeente Oosterwolde laat u inloggen met uw account van de gemeente, niet met een Kopgroep-wachtwoord.");
        assertAccessible("login, password not allowed");
        assertThat(lastAudit("LOGIN", ANNA)).as("the right password signed nobody in").isEqualTo("(none)");
        assertThat(lastAudit("LOGIN_PASSWORD_NOT_ALLOWED", ANNA)).isNotEqualTo("(none)");

        provider.enqueueCallback(new DefaultOAuth2TokenCallback(OOSTERWOLDE, "oid-anna", "JWT", List.of(CLIENT_ID),
                Map.of("email", ANNA), 3600));
        button("Inloggen via Gemeente Oosterwolde").click();
        page.waitForURL(address -> address.startsWith(baseUrl()) && !address.contains("/login"));
        waitForText("Anna Oosterwolde");
    }

    /** Types the address on the login page, which sends the browser to the municipality's provider and back. */
    private void signInThrough(String issuerId, String typed, String subject, Map<String, Object> claims, long expirySeconds) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(issuerId, subject, "JWT", List.of(CLIENT_ID), claims, expirySeconds));
        open("login");
        page.locator("#login-email input").fill(typed);
        page.locator("#login-email input").press("Enter");
        page.waitForURL(address -> !address.endsWith("/login"));
        waitForVaadin();
    }

    private void signOut() {
        page.locator(".user-menu vaadin-menu-bar-button").first().click();
        withText("vaadin-menu-bar-item", "Uitloggen").click();
        waitForUrl(".*/login(\\?.*)?$");
        waitFor("#login-email");
    }

    private String lastAudit(String action, String email) {
        return jdbc.sql("SELECT target FROM audit_event WHERE action = ? AND subject_id = (SELECT id FROM app_user WHERE email = ?)"
                        + " ORDER BY id DESC LIMIT 1")
                .params(action, email).query(String.class).optional().orElse("(none)");
    }

    private OrganisationId municipality(String name, String code, String domain) {
        OrganisationId id = jdbc.sql("SELECT id FROM organisation WHERE code = ?").param(code).query(Long.class).optional()
                .map(OrganisationId::new).orElseGet(() -> organisations.create(name).id());
        Integer version = providers.settings(id).map(settings -> settings.version()).orElse(null);
        providers.save(id, new IdentityProviderForm(provider.issuerUrl(code).toString(), CLIENT_ID, "geheim-" + code, domain,
                "email", "sub", true, true, true, version));
        return id;
    }

    private void account(OrganisationId organisation, String email, String name) {
        if (jdbc.sql("SELECT COUNT(*) FROM app_user WHERE email = ?").param(email).query(Integer.class).single() == 0) {
            accounts.create(organisation, new AccountForm(name, email, Set.of(Role.PARTICIPANT)));
        }
    }

    /** The provider refuses every refresh while {@link #refuseRefresh} is set, as Entra ID does for a disabled account. */
    private static Route refusingRefresh() {
        return new Route() {
            @Override
            public boolean match(OAuth2HttpRequest request) {
                return refuseRefresh.get() && request.getUrl().encodedPath().endsWith("/token")
                        && "refresh_token".equals(request.getFormParameters().get("grant_type"));
            }

            @Override
            public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
                return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json"), 400,
                        "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS50057: The user account is disabled.\"}", null);
            }
        };
    }
}
