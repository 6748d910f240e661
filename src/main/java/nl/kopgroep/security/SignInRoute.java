package nl.kopgroep.security;

import org.jspecify.annotations.Nullable;

/**
 * Where the login page sends a person after they typed their e-mail address: to the password field, or to their
 * municipality's provider. Says nothing about whether an account with that address exists.
 */
public record SignInRoute(@Nullable String registrationId, @Nullable String municipalityName, boolean passwordsAllowed) {

    static final SignInRoute PASSWORD = new SignInRoute(null, null, true);

    public boolean throughProvider() {
        return registrationId != null;
    }
}
