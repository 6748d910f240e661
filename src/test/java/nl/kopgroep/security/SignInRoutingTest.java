package nl.kopgroep.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The login page's first step and the password rule of issue 13: the e-mail domain alone decides between the
 * municipality's provider and the password; a right password of an address whose municipality allows only its
 * provider signs nobody in, a wrong one gets the ordinary answer.
 */
@KopgroepTest
class SignInRoutingTest {

    @Autowired SignInRouting routing;
    @Autowired AuthenticationManager authentication;
    @Autowired JdbcClient jdbc;

    private long lindendal;

    @BeforeEach
    void lindendalHasAProvider() {
        lindendal = jdbc.sql("SELECT id FROM organisation WHERE code = 'lindendal'").query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO identity_provider (organisation_id, issuer, client_id, client_secret, email_claim, subject_claim,
                            passwords_allowed, provider_mfa_counts, enabled, updated_at, version)
                        VALUES (?, 'https://login.example.org/lindendal', 'client', 'plain:secret', 'email', 'sub', TRUE, FALSE, TRUE,
                            UTC_TIMESTAMP(6), 0)""").param(lindendal).update();
        jdbc.sql("INSERT INTO identity_provider_domain (domain, organisation_id) VALUES ('lindendal.nl', ?)").param(lindendal).update();
    }

    @AfterEach
    void removeIt() {
        jdbc.sql("DELETE FROM identity_provider").update();
        jdbc.sql("DELETE FROM login_throttle").update();
    }

    @Test
    void theDomainDecidesAndNothingTellsWhetherAnAccountExists() {
        SignInRoute known = routing.routeFor(DemoUsers.LINDENDAL_PARTICIPANT);
        assertThat(known.throughProvider()).isTrue();
        assertThat(known.registrationId()).isEqualTo("lindendal");
        assertThat(known.municipalityName()).isEqualTo("Gemeente Lindendal");
        assertThat(routing.routeFor("  Niemand@LINDENDAL.nl ")).isEqualTo(known);
        assertThat(routing.routeFor(DemoUsers.PARTICIPANT).throughProvider()).isFalse();
        assertThat(routing.routeFor("geen adres").throughProvider()).isFalse();
        assertThat(routing.routeFor("iemand@sub.lindendal.nl").throughProvider()).isFalse();
        assertThat(routing.startPath("lindendal", "Iris.Kok@lindendal.nl"))
                .isEqualTo("oauth2/authorization/lindendal?login_hint=iris.kok%40lindendal.nl");
        assertThat(routing.startPath("lindendal", "<script>")).isEqualTo("oauth2/authorization/lindendal");

        jdbc.sql("UPDATE identity_provider SET enabled = FALSE").update();
        assertThat(routing.routeFor(DemoUsers.LINDENDAL_PARTICIPANT).throughProvider()).isFalse();
        assertThat(routing.routeOfMunicipality("lindendal")).isEmpty();
    }

    @Test
    void passwordsSwitchedOffRefuseARightPasswordOfTheMunicipalitysDomainOnly() {
        assertThat(signIn(DemoUsers.LINDENDAL_PARTICIPANT).isAuthenticated()).as("passwords still allowed").isTrue();

        jdbc.sql("UPDATE identity_provider SET passwords_allowed = FALSE").update();
        assertThat(routing.routeFor(DemoUsers.LINDENDAL_PARTICIPANT).passwordsAllowed()).isFalse();
        assertThatThrownBy(() -> signIn(DemoUsers.LINDENDAL_PARTICIPANT))
                .isInstanceOfSatisfying(PasswordNotAllowedException.class, e -> {
                    assertThat(e.registrationId()).isEqualTo("lindendal");
                    assertThat(e.municipalityName()).isEqualTo("Gemeente Lindendal");
                });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'LOGIN_PASSWORD_NOT_ALLOWED' AND actor = ?")
                .param(DemoUsers.LINDENDAL_PARTICIPANT).query(Integer.class).single()).isPositive();
        // A wrong password learns nothing about the municipality's rule.
        assertThatThrownBy(() -> authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                DemoUsers.LINDENDAL_PARTICIPANT, "verkeerd"))).isInstanceOf(BadCredentialsException.class);
        // Another municipality's people are not affected.
        assertThat(signIn(DemoUsers.PARTICIPANT).isAuthenticated()).isTrue();
    }

    private Authentication signIn(String email) {
        return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, DemoUsers.PASSWORD));
    }
}
