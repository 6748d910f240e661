package nl.kopgroep.security;

import java.util.List;
import nl.kopgroep.base.OrganisationId;

/**
 * One municipality's enabled OpenID Connect provider. The client secret is as stored ({@link SecretCipher#seal}):
 * it is opened only where the client registration is built ({@link ProviderRegistrations}), never for routing. {@code registrationId} is the municipality's fixed code, part of the
 * redirect URI registered at the provider. {@code version} changes with every saved change of the configuration.
 */
public record ProviderSettings(OrganisationId organisation, String registrationId, String municipalityName, String issuer,
                               String clientId, String sealedSecret, List<String> domains, String emailClaim,
                               String subjectClaim, boolean passwordsAllowed, boolean providerMfaCounts, int version) {

    public ProviderSettings {
        domains = List.copyOf(domains);
    }

    @Override
    public String toString() {
        return "ProviderSettings[" + registrationId + " " + issuer + " v" + version + "]";
    }
}
