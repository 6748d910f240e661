package nl.kopgroep.security;

import java.io.Serial;
import java.io.Serializable;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/**
 * How a session signed in through the municipality's provider: which registration (the municipality's code), the ID
 * token (for the sign-out at the provider, RP-initiated logout) and whether the provider asserted a second factor
 * that counts. Kept in the session with {@link KopgroepUser}; the access and refresh tokens live in Spring's
 * authorized-client store of the same session.
 */
public record ProviderSession(String registrationId, OidcIdToken idToken, boolean secondFactorAsserted) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public String toString() {
        return "ProviderSession[" + registrationId + "]";
    }
}
