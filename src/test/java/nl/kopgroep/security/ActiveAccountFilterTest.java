package nl.kopgroep.security;

import static org.assertj.core.api.Assertions.assertThat;

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
