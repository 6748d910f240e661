package nl.kopgroep.security;

import java.util.List;
import nl.kopgroep.base.OrganisationId;

/**
 * One municipality's enabled OpenID Connect provider with its client secret in plain text: only ever held in memory
 * for the sign-in (never logged, never shown). {@code registrationId} is the municipality's fixed code, part of the
 * redirect URI registered at the provider. {@code version} changes with every saved change of the configuration.
 */
public record ProviderSettings(OrganisationId organisation, String registrationId, String municipalityName, String issuer,
                               String clientId, String clientSecret, List<String> domains, String emailClaim,
                               String subjectClaim, boolean passwordsAllowed, boolean providerMfaCounts, int version) {

    public ProviderSettings {
        domains = List.copyOf(domains);
    }

    @Override
    public String toString() {
        return "ProviderSettings[" + registrationId + " " + issuer + " v" + version + "]";
    }
}
