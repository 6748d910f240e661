package nl.kopgroep.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Sign-in through the real authentication manager: passwords, throttling per account and per address. */
@KopgroepTest
class SignInThrottlingTest {

    private static final String ACCOUNT = "lucas.brouwer@lindendal.nl";

    @Autowired AuthenticationManager authenticationManager;
    @Autowired LoginFailureRepository failures;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void forgetFailures() {
        jdbc.sql("DELETE FROM login_failure").update();
    }

    @Test
    void rightPasswordSignsInAsKopgroepUserWithRoles() {
        Authentication result = signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD, "10.0.0.1");
        assertThat(result.getPrincipal()).isInstanceOfSatisfying(KopgroepUser.class, user -> {
            assertThat(user.hasRole(Role.ADMIN)).isTrue();
            assertThat(user.installationAdmin()).isTrue();
            assertThat(user.getPassword()).as("no hash kept in the session").isNull();
        });
        assertThat(result.getAuthorities()).extracting(Object::toString)
                .contains("ROLE_ADMIN").doesNotContain("ROLE_PARTICIPANT", "ROLE_COACH", "ROLE_MANAGER");
    }

    @Test
    void fifthWrongPasswordBlocksTheAccountEvenForTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(ACCOUNT, "fout", "10.0.0.2")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(ACCOUNT, DemoUsers.PASSWORD, "10.0.0.3"))
                .as("blocked per account, from any address").isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void successfulSignInResetsTheAccountCount() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn(ACCOUNT, "fout", "10.0.0.4")).isInstanceOf(BadCredentialsException.class);
        }
        signIn(ACCOUNT, DemoUsers.PASSWORD, "10.0.0.4");
        assertThatThrownBy(() -> signIn(ACCOUNT, "fout", "10.0.0.4")).isInstanceOf(BadCredentialsException.class);
        assertThat(signIn(ACCOUNT, DemoUsers.PASSWORD, "10.0.0.4").isAuthenticated()).isTrue();
    }

    @Test
    void unknownAccountsCountTooSoGuessingAddressesGetBlocked() {
        LoginThrottle strict = new LoginThrottle(failures, Clock.systemUTC(), 100, 3, Duration.ofMinutes(15));
        for (int i = 0; i < 3; i++) {
            strict.recordFailure("onbekend" + i + "@example.org", "10.9.9.9");
        }
        assertThat(strict.isBlocked("iemand-anders@example.org", "10.9.9.9")).isTrue();
        assertThat(strict.isBlocked("iemand-anders@example.org", "10.9.9.8")).isFalse();
    }

    @Test
    void blockEndsWhenTheWindowHasPassed() {
        Clock now = Clock.systemUTC();
        LoginThrottle throttle = new LoginThrottle(failures, now, 2, 100, Duration.ofMinutes(15));
        throttle.recordFailure("venster@example.org", "10.1.1.1");
        throttle.recordFailure("venster@example.org", "10.1.1.1");
        assertThat(throttle.isBlocked("venster@example.org", "10.1.1.2")).isTrue();
        LoginThrottle later = new LoginThrottle(failures, Clock.offset(now, Duration.ofMinutes(16)), 2, 100,
                Duration.ofMinutes(15));
        assertThat(later.isBlocked("venster@example.org", "10.1.1.2")).isFalse();
    }

    private Authentication signIn(String email, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        token.setDetails(new WebAuthenticationDetails(request));
        return authenticationManager.authenticate(token);
    }
}
