package nl.kopgroep.organisation;

import java.util.Set;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import nl.kopgroep.security.Role;

/**
 * An account as the administrator sees it: never its password hash. {@code passwordSet}: it has a password
 * now; {@code passwordEverSet}: the person chose one at some time (then it is never invited again, only reset).
 */
public record AccountSummary(UserId id, OrganisationId organisationId, String email, String displayName, Set<Role> roles,
                             boolean active, boolean passwordSet, boolean passwordEverSet,
                             boolean providerLinked) {
}
