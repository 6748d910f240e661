package nl.kopgroep.security;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Spring Security's authorization requests (state, nonce, PKCE by the registration's settings), with the address the
 * person typed on the login page passed on as {@code login_hint} (OpenID Connect Core 1.0, §3.1.2.1).
 */
class ProviderAuthorizationRequests implements OAuth2AuthorizationRequestResolver {

    static final String AUTHORIZATION_BASE = "/oauth2/authorization";

    private final DefaultOAuth2AuthorizationRequestResolver standard;

    ProviderAuthorizationRequests(ClientRegistrationRepository registrations) {
        standard = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                AUTHORIZATION_BASE);
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return withHint(standard.resolve(request), request);
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return withHint(standard.resolve(request, clientRegistrationId), request);
    }

    private static @Nullable OAuth2AuthorizationRequest withHint(@Nullable OAuth2AuthorizationRequest resolved,
                                                                 HttpServletRequest request) {
        String hint = request.getParameter("login_hint");
        if (resolved == null || hint == null || !SignInRouting.isAddress(hint)) {
            return resolved;
        }
        return OAuth2AuthorizationRequest.from(resolved)
                .additionalParameters(parameters -> parameters.put("login_hint", hint))
                .build();
    }

}
