package nl.kopgroep.security;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused because of too many failed attempts; the login page explains it. */
public class LoginThrottledException extends AuthenticationException {

    LoginThrottledException() {
        super("too many failed sign-ins");
    }
}
