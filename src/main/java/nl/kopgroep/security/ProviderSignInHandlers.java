package nl.kopgroep.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import nl.kopgroep.base.OrganisationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * The end of a sign-in through the municipality's provider. Success: the matched account becomes a
 * {@link KopgroepUser} that remembers the provider session; a second factor is asked unless the provider's counts
 * ({@link SignInFlow#secondStep}); the sign-in is recorded and audited. Failure: audited with the reason and sent to
 * the login page with a code its Dutch message belongs to ({@link ProviderRefusal}).
 */
final class ProviderSignInHandlers {

    private static final Logger log = LoggerFactory.getLogger(ProviderSignInHandlers.class);
    static final String CALLBACK_PREFIX = "/login/oauth2/code/";
    static final String AUTHORIZATION_PREFIX = "/oauth2/authorization/";

    private ProviderSignInHandlers() {
    }

    static AuthenticationSuccessHandler success(AuthenticationSuccessHandler completed, SignInFlow flow,
                                                AccountDirectory accounts, AuditLog auditLog, Clock clock,
                                                AuthenticationFailureHandler failure) {
        return (request, response, authentication) -> {
            if (!(authentication instanceof OAuth2AuthenticationToken token
                    && token.getPrincipal() instanceof LinkedOidcUser linked)) {
                failure.onAuthenticationFailure(request, response, ProviderAccounts.refused(ProviderRefusal.FAILED,
                        "unexpected authentication " + authentication.getClass().getSimpleName()));
                return;
            }
            Optional<LoginAccount> account = accounts.findForLogin(linked.account()).filter(LoginAccount::active);
            if (account.isEmpty()) {
                SecurityContextHolder.clearContext();
                failure.onAuthenticationFailure(request, response, ProviderAccounts.refused(ProviderRefusal.ACCOUNT_INACTIVE,
                        "account " + linked.account().value()));
                return;
            }
            String registrationId = token.getAuthorizedClientRegistrationId();
            KopgroepUser user = new KopgroepUser(account.get(), clock.instant(),
                    new ProviderSession(registrationId, linked.getIdToken(), linked.secondFactorAsserted()));
            auditLog.record(user.organisationId(), user.id(), user.email(), "LOGIN_PROVIDER", registrationId
                    + (linked.newlyLinked() ? " (first sign-in: account linked)" : "")
                    + (linked.secondFactorAsserted() ? " (second factor by the provider)" : "")
                    + " from " + SignInFlow.clientAddress(request));
            Optional<String> secondStep = flow.secondStep(user);
            if (secondStep.isPresent()) {
                flow.hold(user, secondStep.get().equals(SignInFlow.ENROL_PATH), request, response);
                response.sendRedirect(request.getContextPath() + "/" + secondStep.get());
                return;
            }
            flow.signIn(user, request, response);
            completed.onAuthenticationSuccess(request, response, SecurityContextHolder.getContext().getAuthentication());
        };
    }

    /** {@code otherwise}: the refusal for an exception that names none of its own. */
    static AuthenticationFailureHandler failure(ProviderRegistrations registrations, AuditLog auditLog,
                                                ProviderRefusal otherwise) {
        return (request, response, exception) -> {
            ProviderRefusal refusal = refusalOf(exception, otherwise);
            String registrationId = registrationIdOf(request);
            String detail = exception instanceof OAuth2AuthenticationException oauth
                    && oauth.getError().getDescription() != null ? oauth.getError().getDescription() : exception.getMessage();
            log.info("Provider sign-in refused ({}, {}): {}", registrationId, refusal, exception.getMessage());
            Optional<OrganisationId> organisation = registrationId.isEmpty() ? Optional.empty()
                    : registrations.settings(registrationId).map(ProviderSettings::organisation);
            // Only a sign-in that really started at a municipality's provider is audited: a guessed code or an
            // answer to a request this session never made is anyone's to send, as often as they like.
            if (organisation.isPresent() && !startedNowhere(exception)) {
                auditLog.record(organisation.get(), null, "anonymous", "LOGIN_PROVIDER_REFUSED",
                        refusal.code() + " " + registrationId
                                + (detail == null || detail.isBlank() ? "" : ": " + truncate(detail, 300))
                                + " from " + SignInFlow.clientAddress(request));
            }
            response.sendRedirect(request.getContextPath() + "/login?fout=" + refusal.code()
                    + (registrationId.isEmpty() ? "" : "&gemeente=" + URLEncoder.encode(registrationId, StandardCharsets.UTF_8)));
        };
    }

    private static boolean startedNowhere(AuthenticationException exception) {
        return exception instanceof OAuth2AuthenticationException oauth
                && "authorization_request_not_found".equals(oauth.getError().getErrorCode());
    }

    static ProviderRefusal refusalOf(AuthenticationException exception, ProviderRefusal otherwise) {
        if (exception instanceof OAuth2AuthenticationException oauth) {
            String code = oauth.getError().getErrorCode();
            Optional<ProviderRefusal> ours = ProviderRefusal.ofErrorCode(code);
            if (ours.isPresent()) {
                return ours.get();
            }
            if (OAuth2ErrorCodes.ACCESS_DENIED.equals(code) || "login_required".equals(code)
                    || "interaction_required".equals(code) || "consent_required".equals(code)) {
                return ProviderRefusal.CANCELLED;
            }
            if ("client_registration_not_found".equals(code) || "invalid_client_registration_id".equals(code)) {
                return ProviderRefusal.PROVIDER_UNAVAILABLE;
            }
        }
        return otherwise;
    }

    /** The municipality's code from the callback or the authorization address; empty if neither. */
    static String registrationIdOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String prefix : new String[] {CALLBACK_PREFIX, AUTHORIZATION_PREFIX}) {
            if (path.startsWith(prefix)) {
                String id = path.substring(prefix.length());
                return id.matches("[a-z0-9-]{1,60}") ? id : "";
            }
        }
        return "";
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

}
