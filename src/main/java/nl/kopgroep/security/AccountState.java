package nl.kopgroep.security;

import java.util.Set;

/**
 * What a session must know of its account on every request, read fresh from the database: whether it
 * may still be used (account and municipality active), its roles now, and its security stamp, which
 * changes whenever every session of the account must end.
 */
public record AccountState(boolean active, Set<Role> roles, long securityStamp) {

    public AccountState {
        roles = Set.copyOf(roles);
    }
}
