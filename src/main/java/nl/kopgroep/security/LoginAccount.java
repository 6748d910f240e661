package nl.kopgroep.security;

import java.util.Set;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import org.jspecify.annotations.Nullable;

/**
 * What sign-in needs to know of an account; supplied by the organisation feature. The security stamp is
 * read together with the password hash, so a session can never outlive a reset that came after it.
 */
public record LoginAccount(UserId id, OrganisationId organisationId, boolean hostOrganisation, String email,
                           String displayName, @Nullable String passwordHash, boolean active, Set<Role> roles,
                           @Nullable String preferredLocale, long securityStamp) {
}
