package nl.kopgroep.security;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * After Spring Security validated the provider's ID token (signature, issuer, audience, expiry, nonce) and read the
 * user info: finds the Kopgroep account ({@link ProviderAccounts}) or refuses, and notes whether the provider's
 * second factor counts for this municipality.
 */
@Component
class ProviderUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService standard = new OidcUserService();
    private final ProviderRegistrations registrations;
    private final ProviderAccounts accounts;

    ProviderUserService(ProviderRegistrations registrations, ProviderAccounts accounts) {
        this.registrations = registrations;
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        ProviderSettings provider = registrations.settings(request.getClientRegistration().getRegistrationId())
                .orElseThrow(() -> ProviderAccounts.refused(ProviderRefusal.PROVIDER_UNAVAILABLE));
        OidcUser user = standard.loadUser(request);
        ProviderAccounts.Linked linked = accounts.link(provider, user.getClaims());
        boolean secondFactor = provider.providerMfaCounts() && ProviderAccounts.multiFactor(user.getIdToken().getClaims());
        return new LinkedOidcUser(user, linked.account().id(), linked.newlyLinked(), secondFactor);
    }
}
