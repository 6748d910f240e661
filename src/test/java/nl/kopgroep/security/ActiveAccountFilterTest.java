package nl.kopgroep.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServlet;
import java.sql.SQLTransientConnectionException;
import nl.kopgroep.base.web.ServiceUnavailable;
import org.springframework.transaction.CannotCreateTransactionException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class ActiveAccountFilterTest {

    private static final Instant SIGN_IN = Instant.parse("2026-12-02T08:00:00Z");
    private static final Duration LIFETIME = Duration.ofHours(12);

    private final KopgroepUser user = new KopgroepUser(new LoginAccount(new UserId(7), new OrganisationId(1), false,
            "iemand@voorbeeldstad.nl", "Iemand", null, true, Set.of(Role.PARTICIPANT), null, 3), SIGN_IN);

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void sessionOfADeactivatedAccountEndsAtItsNextRequest() throws Exception {
        assertEnded(filter(new AccountState(false, Set.of(Role.PARTICIPANT), 3), SIGN_IN));
    }

    @Test
    void sessionOfARemovedAccountEnds() throws Exception {
        assertEnded(filter(null, SIGN_IN));
    }

    @Test
    void sessionEndsWhenTheSecurityStampChanged() throws Exception {
        assertEnded(filter(new AccountState(true, Set.of(Role.PARTICIPANT), 4), SIGN_IN));
    }

    @Test
    void sessionEndsAtItsFirstRequestAfterTheAbsoluteLifetimeHoweverActive() throws Exception {
        assertKept(filter(new AccountState(true, Set.of(Role.PARTICIPANT), 3), SIGN_IN.plus(LIFETIME).minusSeconds(1)));
        assertEnded(filter(new AccountState(true, Set.of(Role.PARTICIPANT), 3), SIGN_IN.plus(LIFETIME)));
    }

    @Test
    void activeAccountKeepsItsSession() throws Exception {
        assertKept(filter(new AccountState(true, Set.of(Role.PARTICIPANT), 3), SIGN_IN.plusSeconds(60)));
        assertThat(SecurityContextHolder.getContext().getAuthentication().getPrincipal()).isEqualTo(user);
    }

    @Test
    void theRequestRunsWithTheRolesOfNowAndTheSessionKeepsThem() throws Exception {
        MockHttpServletRequest request = signedInRequest();
        MockHttpSession session = (MockHttpSession) request.getSession();

        filter(new AccountState(true, Set.of(Role.COACH), 3), SIGN_IN).doFilter(request, new MockHttpServletResponse(),
                new MockFilterChain());

        assertThat(session.isInvalid()).isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                .extracting(Object::toString).containsExactly("ROLE_COACH");
        assertThat(((KopgroepUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal()).roles())
                .containsExactly(Role.COACH);
        assertThat(session.getAttribute("SPRING_SECURITY_CONTEXT")).isSameAs(SecurityContextHolder.getContext());
    }

    /**
     * The load test's pool exhaustion: the account check gets no connection within the pool's wait. A busy moment,
     * answered 503 with Retry-After (Vaadin's client shows its reconnect indicator and sends again), never 403 and
     * never the end of the session.
     */
    @Test
    void anAccountCheckWithoutADatabaseConnectionIsAnswered503AndTheSessionStays() throws Exception {
        MockHttpServletRequest request = signedInRequest();
        MockHttpSession session = (MockHttpSession) request.getSession();
        MockHttpServletResponse response = new MockHttpServletResponse();
        AccountDirectory exhausted = new FailingDirectory(new CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction", new SQLTransientConnectionException(
                "kopgroep - Connection is not available, request timed out after 10000ms (total=10, active=10)")));
        ActiveAccountFilter filter = new ActiveAccountFilter(exhausted, Clock.fixed(SIGN_IN, ZoneOffset.UTC), LIFETIME);

        new ServiceUnavailable().doFilter(request, response, new MockFilterChain(new HttpServlet() { }, filter));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isNotBlank();
        assertThat(session.isInvalid()).isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication().getPrincipal()).isEqualTo(user);
    }

    /** Any other failure of the account check is no busy moment: it goes on as before (500 through the container). */
    @Test
    void otherFailuresOfTheAccountCheckAreNotTurnedInto503() {
        MockHttpServletRequest request = signedInRequest();
        AccountDirectory broken = new FailingDirectory(new IllegalStateException("bug"));
        ActiveAccountFilter filter = new ActiveAccountFilter(broken, Clock.fixed(SIGN_IN, ZoneOffset.UTC), LIFETIME);

        assertThatThrownBy(() -> new ServiceUnavailable().doFilter(request, new MockHttpServletResponse(),
                new MockFilterChain(new HttpServlet() { }, filter))).isInstanceOf(IllegalStateException.class);
    }

    private record FailingDirectory(RuntimeException failure) implements AccountDirectory {
        @Override
        public Optional<LoginAccount> findForLogin(String email) {
            throw failure;
        }

        @Override
        public Optional<LoginAccount> findForLogin(UserId userId) {
            throw failure;
        }

        @Override
        public Optional<AccountState> currentState(UserId userId) {
            throw failure;
        }

        @Override
        public long renewSecurityStamp(UserId userId) {
            throw failure;
        }

        @Override
        public void upgradePasswordHash(UserId userId, String verifiedHash, String newHash) {
            throw failure;
        }
    }

    private void assertEnded(ActiveAccountFilter filter) throws Exception {
        MockHttpServletRequest request = signedInRequest();
        MockHttpSession session = (MockHttpSession) request.getSession();
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    private void assertKept(ActiveAccountFilter filter) throws Exception {
        MockHttpServletRequest request = signedInRequest();
        MockHttpSession session = (MockHttpSession) request.getSession();
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(session.isInvalid()).isFalse();
    }

    private MockHttpServletRequest signedInRequest() {
        SecurityContextHolder.clearContext();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setSession(new MockHttpSession());
        return request;
    }

    private static ActiveAccountFilter filter(AccountState state, Instant now) {
        AccountDirectory directory = new AccountDirectory() {
            @Override
            public Optional<LoginAccount> findForLogin(String email) {
                return Optional.empty();
            }

            @Override
            public Optional<LoginAccount> findForLogin(UserId userId) {
                return Optional.empty();
            }

            @Override
            public Optional<AccountState> currentState(UserId userId) {
                return Optional.ofNullable(state);
            }

            @Override
            public long renewSecurityStamp(UserId userId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void upgradePasswordHash(UserId userId, String verifiedHash, String newHash) {
                throw new UnsupportedOperationException("not used by the filter");
            }
        };
        return new ActiveAccountFilter(directory, Clock.fixed(now, ZoneOffset.UTC), LIFETIME);
    }
}
