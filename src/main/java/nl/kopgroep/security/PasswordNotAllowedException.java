package nl.kopgroep.security;

import org.springframework.security.core.AuthenticationException;

/**
 * The password was right, but the address belongs to a municipality that lets its people sign in only through its
 * own provider (issue 13); the login page says so and offers the way through the provider.
 */
public class PasswordNotAllowedException extends AuthenticationException {

    private final String registrationId;
    private final String municipalityName;

    PasswordNotAllowedException(String registrationId, String municipalityName) {
        super("password sign-in not allowed for " + registrationId);
        this.registrationId = registrationId;
        this.municipalityName = municipalityName;
    }

    public String registrationId() {
        return registrationId;
    }

    public String municipalityName() {
        return municipalityName;
    }
}
