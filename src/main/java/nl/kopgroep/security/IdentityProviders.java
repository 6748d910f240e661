package nl.kopgroep.security;

import java.util.Optional;

/**
 * The municipalities' own OpenID Connect providers, as sign-in needs them. The organisation feature keeps their
 * configuration (issue 13) and implements this, so that security does not depend on it.
 */
public interface IdentityProviders {

    /** The enabled provider whose registration id (the municipality's code) this is. */
    Optional<ProviderSettings> byRegistrationId(String registrationId);

    /** The enabled provider of the municipality that has this e-mail domain (lower case), if any. */
    Optional<ProviderSettings> byEmailDomain(String domain);
}
