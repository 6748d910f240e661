package nl.kopgroep.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * A session that signed in through the municipality's provider lasts only as long as the provider keeps renewing
 * its tokens (issue 13, "leavers lose access"): when the access token is about to expire, it is refreshed with the
 * refresh token; when the provider refuses (account disabled, sessions revoked, password reset) — or there is no
 * refresh token to try — the session ends at this request, on whichever node it lives. A provider that cannot be
 * reached at that moment does not end the session; the next request tries again (the absolute lifetime still counts).
 */
class ProviderSessionFilter extends OncePerRequestFilter {

    /** Refresh this long before the access token expires (also Spring's default clock skew). */
    static final Duration REFRESH_AHEAD = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(ProviderSessionFilter.class);

    private final OAuth2AuthorizedClientRepository authorizedClients;
    private final OAuth2AuthorizedClientManager manager;
    private final AuditLog auditLog;
    private final Clock clock;

    ProviderSessionFilter(OAuth2AuthorizedClientRepository authorizedClients, OAuth2AuthorizedClientManager manager,
                          AuditLog auditLog, Clock clock) {
        this.authorizedClients = authorizedClients;
        this.manager = manager;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/VAADIN/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && authentication != null && authentication.getPrincipal() instanceof KopgroepUser user
                && user.providerSession().isPresent()) {
            String reason;
            synchronized (WebUtils.getSessionMutex(session)) {
                reason = renew(user.providerSession().get().registrationId(), authentication, request, response);
            }
            if (reason != null) {
                log.info("Ending provider session of account {}: {}", user.id(), reason);
                auditLog.record(user.organisationId(), user.id(), user.email(), "SESSION_ENDED_PROVIDER", reason);
                SecurityContextHolder.clearContext();
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    /** Null when the session may go on, else why it ends. */
    private String renew(String registrationId, Authentication authentication, HttpServletRequest request,
                         HttpServletResponse response) {
        OAuth2AuthorizedClient client = authorizedClients.loadAuthorizedClient(registrationId, authentication, request);
        if (client == null) {
            return "no tokens of the provider in this session";
        }
        Instant expiresAt = client.getAccessToken().getExpiresAt();
        if (expiresAt == null || expiresAt.isAfter(clock.instant().plus(REFRESH_AHEAD))) {
            return null;
        }
        if (client.getRefreshToken() == null) {
            return "access token expired and the provider gave no refresh token";
        }
        try {
            OAuth2AuthorizedClient renewed = manager.authorize(OAuth2AuthorizeRequest.withAuthorizedClient(client)
                    .principal(authentication)
                    .attribute(HttpServletRequest.class.getName(), request)
                    .attribute(HttpServletResponse.class.getName(), response)
                    .build());
            return renewed == null ? "the provider did not renew the tokens" : null;
        } catch (OAuth2AuthorizationException e) {
            if (unreachable(e)) {
                log.warn("Provider {} not reachable to refresh a session's tokens; trying again at the next request: {}",
                        registrationId, e.getMessage());
                return null;
            }
            return "the provider refused to renew the tokens: " + e.getError().getErrorCode()
                    + (e.getError().getDescription() == null ? "" : " " + e.getError().getDescription());
        }
    }

    private static boolean unreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException || cause instanceof org.springframework.web.client.ResourceAccessException) {
                return true;
            }
        }
        return false;
    }
}
