package nl.kopgroep.security;

import static org.assertj.core.api.Assertions.assertThat;

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

    private final KopgroepUser user = new KopgroepUser(new LoginAccount(new UserId(7), new OrganisationId(1), false,
            "iemand@voorbeeldstad.nl", "Iemand", null, true, Set.of(Role.PARTICIPANT), null));

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void sessionOfADeactivatedAccountEndsAtItsNextRequest() throws Exception {
        MockHttpServletRequest request = signedInRequest();
        MockHttpSession session = (MockHttpSession) request.getSession();

        new ActiveAccountFilter(directory(false)).doFilter(request, new MockHttpServletResponse(), new MockFilterChain());

        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void activeAccountKeepsItsSession() throws Exception {
        MockHttpServletRequest request = signedInRequest();
        MockHttpSession session = (MockHttpSession) request.getSession();

        new ActiveAccountFilter(directory(true)).doFilter(request, new MockHttpServletResponse(), new MockFilterChain());

        assertThat(session.isInvalid()).isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication().getPrincipal()).isEqualTo(user);
    }

    private MockHttpServletRequest signedInRequest() {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setSession(new MockHttpSession());
        return request;
    }

    private static AccountDirectory directory(boolean active) {
        return new AccountDirectory() {
            @Override
            public Optional<LoginAccount> findForLogin(String email) {
                return Optional.empty();
            }

            @Override
            public boolean isActive(UserId userId) {
                return active;
            }

            @Override
            public void upgradePasswordHash(UserId userId, String verifiedHash, String newHash) {
                throw new UnsupportedOperationException("not used by the filter");
            }
        };
    }
}
