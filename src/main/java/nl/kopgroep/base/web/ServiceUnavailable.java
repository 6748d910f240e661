package nl.kopgroep.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that gets no database connection (the pool is exhausted: every connection busy for the pool's whole
 * wait, {@code spring.datasource.hikari.connection-timeout}) is answered {@code 503 Service Unavailable} with
 * {@code Retry-After}, whatever step of the request needed the connection; it is logged once, as a warning.
 * <p>
 * Outermost filter, in front of Spring Security: the first request to need a connection is usually the account check
 * of every signed-in request ({@code security.ActiveAccountFilter}), inside Spring Security's filter chain. Without
 * this filter its exception went on to the servlet container, whose error dispatch to {@code /error} Spring Security
 * refused: the user saw 403 Forbidden, "access denied", for a temporary overload (issue 16's load test). Nothing here
 * touches the session, so the person stays signed in. Vaadin's client answers a 503 on its UIDL request with its
 * reconnect indicator and sends the same message again (a status other than 401 counts as recoverable); the data
 * access of a Vaadin view fails inside Vaadin's request handling, where {@code base.ui.UiErrorHandler} says the same
 * in the page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ServiceUnavailable extends OncePerRequestFilter {

    /** Seconds a client is asked to wait: about the pool's wait, the time a busy moment takes to pass. */
    static final String RETRY_AFTER_SECONDS = "10";

    private static final Logger log = LoggerFactory.getLogger(ServiceUnavailable.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            Throwable shortage = connectionShortage(failure);
            if (shortage == null || response.isCommitted()) {
                throw failure;
            }
            log.warn("No database connection for {} {}: answered 503 ({})", request.getMethod(),
                    request.getRequestURI(), innermost(shortage).getMessage());
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("text/plain;charset=UTF-8");
            response.getOutputStream().write(("Kopgroep is even te druk. Probeer het over een paar seconden opnieuw.\n"
                    + "Kopgroep is busy right now. Please try again in a few seconds.\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Whether {@code failure} means "no database connection now" (a temporary shortage, not a broken rule). */
    public static boolean isConnectionShortage(Throwable failure) {
        return connectionShortage(failure) != null;
    }

    /** The innermost cause: the pool's own words ("Connection is not available, request timed out after …"). */
    public static Throwable innermost(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static @Nullable Throwable connectionShortage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException) {
                return cause;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
