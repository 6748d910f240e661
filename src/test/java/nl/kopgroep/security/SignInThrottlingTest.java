package nl.kopgroep.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sign-in through the real authentication manager, and the throttle with a clock of its own: each attack
 * on sign-in has a test here (docs/security.md, "Sign-in throttling").
 */
@KopgroepTest
class SignInThrottlingTest {

    private static final String ACCOUNT = "lucas.brouwer@lindendal.nl";
    private static final LoginThrottle.Settings SETTINGS = new LoginThrottle.Settings(5, 20, 30,
            Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(24), Duration.ofDays(90));

    @Autowired AuthenticationManager authenticationManager;
    @Autowired LoginFailureRepository counters;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void forgetFailures() {
        jdbc.sql("DELETE FROM login_throttle").update();
        jdbc.sql("DELETE FROM audit_event WHERE action IN ('LOGIN', 'LOGIN_FAILED') AND target LIKE '10.%'").update();
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
    void ownerSignsInFromAnotherAddressWhileAnAttackerIsDelayed() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(ACCOUNT, "fout", "10.0.0.2")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn(ACCOUNT, DemoUsers.PASSWORD, "10.0.0.2"))
                .as("the attacker's address waits before even the right password is checked")
                .isInstanceOfSatisfying(LoginThrottledException.class,
                        e -> assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30)));
        assertThat(signIn(ACCOUNT, DemoUsers.PASSWORD, "10.0.0.3").isAuthenticated())
                .as("the owner, from another address, is not locked out").isTrue();
    }

    @Test
    void theDelayGrowsExponentiallyUpToTheCapAndThenTheNextAttemptIsCheckedAgain() {
        MovableClock clock = new MovableClock();
        LoginThrottle throttle = new LoginThrottle(counters, transactions, clock, SETTINGS);
        for (int i = 0; i < 5; i++) {
            throttle.begin("rups@example.org", "10.2.2.2");
        }
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Duration wait = refusal(throttle, "rups@example.org", "10.2.2.2");
            waits.add(wait);
            clock.advance(wait);
            throttle.begin("rups@example.org", "10.2.2.2");
        }
        assertThat(waits).containsExactly(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
                Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(15), Duration.ofMinutes(15));
        clock.advance(Duration.ofHours(25));
        for (int i = 0; i < 5; i++) {
            throttle.begin("rups@example.org", "10.2.2.2"); // failures are forgotten after a quiet day
        }
        assertThat(refusal(throttle, "rups@example.org", "10.2.2.2")).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void twentyParallelWrongAttemptsGetNoMoreThanTheFreeAttempts() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        AtomicInteger checked = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        List<Future<?>> attempts = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                attempts.add(pool.submit(() -> {
                    start.await();
                    try {
                        signIn(ACCOUNT, "fout", "10.0.0.9");
                    } catch (BadCredentialsException e) {
                        checked.incrementAndGet();
                    } catch (LoginThrottledException e) {
                        refused.incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> attempt : attempts) {
                attempt.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(checked.get()).as("passwords checked").isEqualTo(5);
        assertThat(refused.get()).isEqualTo(15);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'LOGIN_FAILED' AND target = '10.0.0.9'")
                .query(Integer.class).single()).as("failed sign-ins recorded").isEqualTo(5);
    }

    @Test
    void accountWideSlowDownSparesTheOwnersUsualAddressButNeverBlocksForever() {
        MovableClock clock = new MovableClock();
        LoginThrottle throttle = new LoginThrottle(counters, transactions, clock, SETTINGS);
        throttle.succeeded(throttle.begin("eigenaar@example.org", "10.3.0.1"));
        for (int i = 0; i < 20; i++) {
            throttle.begin("eigenaar@example.org", "10.4.0." + i);
        }
        Duration wait = refusal(throttle, "eigenaar@example.org", "10.5.0.1");
        assertThat(wait).as("a new address waits once the account has 20 failures").isEqualTo(Duration.ofSeconds(30));
        clock.advance(wait);
        throttle.begin("eigenaar@example.org", "10.5.0.1");
        assertThat(refusal(throttle, "eigenaar@example.org", "10.5.0.2")).isEqualTo(Duration.ofMinutes(1));
        throttle.begin("eigenaar@example.org", "10.3.0.1");
    }

    @Test
    void unknownAccountsCountPerAddressSoSprayingAddressesGetsSlowedDown() {
        MovableClock clock = new MovableClock();
        LoginThrottle throttle = new LoginThrottle(counters, transactions, clock, SETTINGS);
        throttle.succeeded(throttle.begin("collega@example.org", "10.9.9.9"));
        for (int i = 0; i < 30; i++) {
            throttle.begin("onbekend" + i + "@example.org", "10.9.9.9");
        }
        assertThat(refusal(throttle, "iemand-anders@example.org", "10.9.9.9")).isPositive();
        throttle.begin("iemand-anders@example.org", "10.9.9.8");
        throttle.begin("collega@example.org", "10.9.9.9");
    }

    @Test
    void aFailedSignInIsAuditedWithTheAccountAndAnUnknownNameOnlyAsAHash() {
        assertThatThrownBy(() -> signIn(ACCOUNT, "fout", "10.6.0.1")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn("Geheim-Wachtwoord!", "fout", "10.6.0.1")).isInstanceOf(BadCredentialsException.class);
        List<String> rows = jdbc.sql("SELECT CONCAT(COALESCE(actor_id, '-'), ' ', actor) FROM audit_event"
                        + " WHERE action = 'LOGIN_FAILED' AND target = '10.6.0.1' ORDER BY id")
                .query(String.class).list();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).matches("\\d+ " + ACCOUNT);
        assertThat(rows.get(1)).isEqualTo("- " + ThrottlingAuthenticationProvider.unknownAccount("geheim-wachtwoord!"))
                .doesNotContainIgnoringCase("geheim");
    }

    private static Duration refusal(LoginThrottle throttle, String account, String address) {
        try {
            throttle.begin(account, address);
        } catch (LoginThrottledException e) {
            return e.retryAfter();
        }
        throw new AssertionError("expected " + account + " from " + address + " to wait");
    }

    private Authentication signIn(String email, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        token.setDetails(new WebAuthenticationDetails(request));
        return authenticationManager.authenticate(token);
    }

    /** A clock the test moves forward instead of waiting. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-02T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
