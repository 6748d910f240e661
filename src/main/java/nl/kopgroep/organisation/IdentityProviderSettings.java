package nl.kopgroep.organisation;

import java.time.Instant;
import java.util.List;
import nl.kopgroep.base.OrganisationId;

/**
 * A municipality's OpenID Connect provider as its administrator sees it. The client secret is never part of it:
 * {@code secretSet} only says that one is stored.
 */
public record IdentityProviderSettings(OrganisationId organisation, String issuer, String clientId, boolean secretSet,
                                       List<String> domains, String emailClaim, String subjectClaim,
                                       boolean passwordsAllowed, boolean providerMfaCounts, boolean enabled,
                                       int version, Instant updatedAt) {

    public IdentityProviderSettings {
        domains = List.copyOf(domains);
    }
}
