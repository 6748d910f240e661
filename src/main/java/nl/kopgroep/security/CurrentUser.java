package nl.kopgroep.security;

import java.util.Optional;
import nl.kopgroep.base.OrganisationId;
import nl.kopgroep.base.UserId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is asking: the only way services learn the current user, to scope what they load. */
@Component
public class CurrentUser {

    public Optional<KopgroepUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof KopgroepUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public KopgroepUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    public UserId id() {
        return require().id();
    }

    public OrganisationId organisationId() {
        return require().organisationId();
    }

    public boolean hasRole(Role role) {
        return get().map(user -> user.hasRole(role)).orElse(false);
    }
}
