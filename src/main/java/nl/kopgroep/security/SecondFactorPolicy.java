package nl.kopgroep.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who must sign in with a second factor: holders of the roles in {@code kopgroep.security.mfa.required-roles}
 * (per installation; default ADMIN and MANAGER; empty = nobody). Everyone else may choose it.
 */
@Component
public class SecondFactorPolicy {

    private final Set<Role> requiredRoles;

    SecondFactorPolicy(@Value("${kopgroep.security.mfa.required-roles:ADMIN,MANAGER}") String requiredRoles) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(requiredRoles.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .map(name -> Role.valueOf(name.toUpperCase(Locale.ROOT))).forEach(roles::add);
        this.requiredRoles = Set.copyOf(roles);
    }

    public Set<Role> requiredRoles() {
        return requiredRoles;
    }

    public boolean requiredFor(Set<Role> roles) {
        return roles.stream().anyMatch(requiredRoles::contains);
    }
}
