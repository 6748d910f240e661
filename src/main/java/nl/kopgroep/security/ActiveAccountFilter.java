package nl.kopgroep.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request of a signed-in session reads its account from the database (one indexed query), so what
 * an administrator changes counts from the next request on whichever node the session lives:
 * <ul>
 *   <li>the session ends when the account (or its municipality) was deactivated or removed, when its
 *       security stamp changed (password reset, re-invitation, a password change in another session,
 *       see {@link AccountSessions}), or when it signed in longer ago than the absolute session lifetime;</li>
 *   <li>otherwise the request runs with the account's roles as they are now, not as they were at sign-in.</li>
 * </ul>
 * An ended session's request goes on as anonymous, so Vaadin sends it to the login page.
 */
class ActiveAccountFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ActiveAccountFilter.class);

    private final AccountDirectory accounts;
    private final Clock clock;
    private final Duration absoluteLifetime;

    ActiveAccountFilter(AccountDirectory accounts, Clock clock, Duration absoluteLifetime) {
        this.accounts = accounts;
        this.clock = clock;
        this.absoluteLifetime = absoluteLifetime;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Static assets need no account check; Vaadin's own requests (UIDL, push) do.
        return request.getRequestURI().startsWith(request.getContextPath() + "/VAADIN/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication authentication = context.getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof KopgroepUser user) {
            Optional<AccountState> state = accounts.currentState(user.id());
            String reason = endReason(user, state);
            if (reason != null) {
                log.info("Ending session of account {}: {}", user.id(), reason);
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (!state.orElseThrow().roles().equals(user.roles())) {
                KopgroepUser current = user.withRoles(state.get().roles());
                UsernamePasswordAuthenticationToken renewed =
                        UsernamePasswordAuthenticationToken.authenticated(current, null, current.getAuthorities());
                renewed.setDetails(authentication.getDetails());
                context.setAuthentication(renewed);
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
                }
            }
        }
        chain.doFilter(request, response);
    }

    private String endReason(KopgroepUser user, Optional<AccountState> state) {
        if (state.isEmpty() || !state.get().active()) {
            return "account inactive";
        }
        if (state.get().securityStamp() != user.securityStamp()) {
            return "security stamp changed";
        }
        if (!clock.instant().isBefore(user.signedInAt().plus(absoluteLifetime))) {
            return "absolute session lifetime reached";
        }
        return null;
    }
}
