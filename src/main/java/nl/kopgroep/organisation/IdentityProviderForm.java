package nl.kopgroep.organisation;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator typed for the municipality's OpenID Connect provider. {@code newSecret} blank keeps the stored
 * secret; {@code domains} is the typed list (commas, spaces or new lines between the domains); {@code version} is the
 * version the form was loaded with ({@code null} for a new provider), so that two administrators do not overwrite
 * each other unseen.
 */
public record IdentityProviderForm(String issuer, String clientId, @Nullable String newSecret, String domains,
                                   String emailClaim, String subjectClaim, boolean passwordsAllowed,
                                   boolean providerMfaCounts, boolean enabled, @Nullable Integer version) {
}
