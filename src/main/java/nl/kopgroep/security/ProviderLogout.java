package nl.kopgroep.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;

/**
 * After signing out of Kopgroep: a session that signed in through the municipality's provider is sent on to the
 * provider's end-session endpoint (OpenID Connect RP-Initiated Logout 1.0, with {@code id_token_hint} and a
 * {@code post_logout_redirect_uri} back to the login page), so that the person is signed out there too; any other
 * session goes to the login page. Works from Vaadin's sign-out in the user menu (the redirect goes through the UI).
 */
class ProviderLogout implements LogoutSuccessHandler {

    static final String LOGIN_PAGE = "/login";

    private final OidcClientInitiatedLogoutSuccessHandler provider;
    private final SimpleUrlLogoutSuccessHandler plain = new SimpleUrlLogoutSuccessHandler();
    private final UidlRedirectStrategy redirects = new UidlRedirectStrategy();

    ProviderLogout(ClientRegistrationRepository registrations) {
        provider = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        provider.setPostLogoutRedirectUri("{baseUrl}" + LOGIN_PAGE);
        provider.setDefaultTargetUrl(LOGIN_PAGE);
        provider.setRedirectStrategy(redirects);
        plain.setDefaultTargetUrl(LOGIN_PAGE);
        plain.setRedirectStrategy(redirects);
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        Optional<ProviderSession> session = authentication != null && authentication.getPrincipal() instanceof KopgroepUser user
                ? user.providerSession() : Optional.empty();
        if (session.isPresent()) {
            OAuth2AuthenticationToken token = new OAuth2AuthenticationToken(
                    new DefaultOidcUser(List.of(), session.get().idToken()), List.of(), session.get().registrationId());
            redirect(provider, request, response, token);
        } else {
            redirect(plain, request, response, authentication);
        }
    }

    private void redirect(SimpleUrlLogoutSuccessHandler handler, HttpServletRequest request,
                                 HttpServletResponse response, Authentication authentication) throws IOException, ServletException {
        if (response == null) {
            // Sign-out from a background thread of the UI: Vaadin's redirect strategy needs no response.
            redirects.sendRedirect(request, null, LOGIN_PAGE);
        } else {
            handler.onLogoutSuccess(request, response, authentication);
        }
    }
}
