package nl.kopgroep.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Remembers the e-mail address typed into the sign-in form, so that after a failed attempt the
 * login page shows it again: nothing the user typed is lost (the password, of course, is).
 */
class LastUsernameFilter extends OncePerRequestFilter {

    static final String ATTRIBUTE = "kopgroep.lastUsername";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/login"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        if (username != null) {
            request.getSession().setAttribute(ATTRIBUTE, limited(username));
        }
        chain.doFilter(request, response);
    }

    static String limited(@Nullable String username) {
        String trimmed = username == null ? "" : username.strip();
        return trimmed.length() > 254 ? trimmed.substring(0, 254) : trimmed;
    }
}
