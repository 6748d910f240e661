package nl.kopgroep.organisation;

import java.util.Set;
import nl.kopgroep.security.Role;

/** What an administrator types for a new or changed account. */
public record AccountForm(String displayName, String email, Set<Role> roles) {
}
