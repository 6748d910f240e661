package nl.kopgroep.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import nl.kopgroep.DemoUsers;
import nl.kopgroep.KopgroepTest;
import nl.kopgroep.organisation.AccountForm;
import nl.kopgroep.organisation.AccountService;
import nl.kopgroep.organisation.AccountSummary;
import nl.kopgroep.organisation.CohortService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 11, hole 3: what an administrator changes about an account counts from the very next request of
 * every open session of it, because each request reads the account from the database.
 */
@KopgroepTest
@Transactional
class SessionFreshnessTest {

    @Autowired AccountDirectory directory;
    @Autowired UserDetailsService users;
    @Autowired AccountService accounts;
    @Autowired CohortService cohorts;
    @Autowired nl.kopgroep.organisation.MyAccountService myAccount;
    @Autowired Clock clock;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private static final String PERSON = "daan.jansen@voorbeeldstad.nl";
    private static final String NEW_PASSWORD = "een nieuw lang wachtwoord";
    private static final Duration LIFETIME = Duration.ofHours(12);

    @AfterEach
    void signOut() {
        DemoUsers.signOut();
    }

    @Test
    void aRemovedRoleIsRefusedAtTheNextRequestOfAnOpenSession() throws Exception {
        Session coach = Session.signIn(users, DemoUsers.COACH);
        coach.request(filter(), () -> assertThat(cohorts.myCoachees()).isNotEmpty());

        DemoUsers.signIn(users, DemoUsers.ADMIN);
        AccountSummary account = account(DemoUsers.COACH);
        accounts.update(account.id(), new AccountForm(account.displayName(), account.email(), Set.of(Role.PARTICIPANT)));

        coach.request(filter(), () -> {
            assertThatThrownBy(() -> cohorts.myCoachees()).isInstanceOf(AccessDeniedException.class);
            assertThat(SecurityContextHolder.getContext().getAuthentication().getAuthorities())
                    .extracting(Object::toString).containsExactly("ROLE_PARTICIPANT");
        });
        assertThat(coach.ended()).as("a role change keeps the session, with the new roles").isFalse();
    }

    @Test
    void theCheckOnEveryRequestIsOneStatement() throws Exception {
        Session coach = Session.signIn(users, DemoUsers.COACH);
        var counted = nl.kopgroep.StatementCounter.count(() -> {
            try {
                coach.request(filter(), () -> { });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return coach.ended();
        });
        assertThat(counted.result()).isFalse();
        assertThat(counted.statements()).as("statements per request: %s", counted.sql()).isEqualTo(1);
    }

    @Test
    void aPasswordResetEndsEverySessionOfTheAccount() throws Exception {
        Session first = Session.signIn(users, PERSON);
        Session second = Session.signIn(users, PERSON);
        first.request(filter(), () -> { });

        DemoUsers.signIn(users, DemoUsers.ADMIN);
        accounts.resetPassword(account(PERSON).id());

        first.request(filter(), () -> assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull());
        second.request(filter(), () -> { });
        assertThat(first.ended()).isTrue();
        assertThat(second.ended()).isTrue();
    }

    @Test
    void aSessionEndsAtItsFirstRequestAfterTheAbsoluteLifetime() throws Exception {
        Session session = Session.signIn(users, PERSON);
        session.request(filter(Clock.offset(clock, LIFETIME.minusMinutes(1))), () -> { });
        assertThat(session.ended()).isFalse();

        session.request(filter(Clock.offset(clock, LIFETIME)), () -> { });
        assertThat(session.ended()).isTrue();
    }

    @Test
    void changingTheOwnPasswordEndsTheOtherSessionsAndKeepsThisOne() throws Exception {
        Session here = Session.signIn(users, PERSON);
        Session elsewhere = Session.signIn(users, PERSON);

        here.request(filter(), () -> myAccount.changePassword(DemoUsers.PASSWORD, NEW_PASSWORD, NEW_PASSWORD));
        here.request(filter(), () -> { });
        elsewhere.request(filter(), () -> { });

        assertThat(here.ended()).isFalse();
        assertThat(elsewhere.ended()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'PASSWORD_CHANGED' AND target = ?")
                .param("user " + account(PERSON).id()).query(Long.class).single()).isEqualTo(1);
    }

    private ActiveAccountFilter filter() {
        return filter(clock);
    }

    private ActiveAccountFilter filter(Clock at) {
        return new ActiveAccountFilter(directory, at, LIFETIME);
    }

    private AccountSummary account(String email) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        DemoUsers.signIn(users, DemoUsers.ADMIN);
        try {
            return accounts.accounts(((KopgroepUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal())
                    .organisationId()).stream().filter(a -> a.email().equals(email)).findFirst().orElseThrow();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(caller);
        }
    }

    /** One browser's session: its security context travels with it from request to request. */
    static final class Session {
        private final MockHttpSession httpSession = new MockHttpSession();
        private Authentication authentication;

        static Session signIn(UserDetailsService users, String email) {
            DemoUsers.signIn(users, email);
            Session session = new Session();
            session.authentication = SecurityContextHolder.getContext().getAuthentication();
            SecurityContextHolder.clearContext();
            return session;
        }

        /** Runs one request of this session through the filter; the action runs as the request's handler. */
        void request(ActiveAccountFilter filter, Runnable action) throws Exception {
            SecurityContextHolder.clearContext();
            if (!httpSession.isInvalid()) {
                SecurityContextHolder.getContext().setAuthentication(authentication);
            }
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
            request.setSession(httpSession);
            filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
                action.run();
                authentication = SecurityContextHolder.getContext().getAuthentication();
            });
            SecurityContextHolder.clearContext();
        }

        boolean ended() {
            return httpSession.isInvalid();
        }
    }
}
