package nl.kopgroep.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of an account that was deactivated since it signed in, on whichever node the
 * session lives: the next request finds the account inactive and is treated as anonymous.
 */
class ActiveAccountFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ActiveAccountFilter.class);

    private final AccountDirectory accounts;

    ActiveAccountFilter(AccountDirectory accounts) {
        this.accounts = accounts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Static assets need no account check; Vaadin's own requests (UIDL, push) do.
        return request.getRequestURI().startsWith(request.getContextPath() + "/VAADIN/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof KopgroepUser user
                && !accounts.isActive(user.id())) {
            log.info("Ending session of deactivated account {}", user.id());
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
