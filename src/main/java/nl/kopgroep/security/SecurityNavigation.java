package nl.kopgroep.security;

import nl.kopgroep.base.ui.Routes;

/**
 * Links to signing in.
 * The views stay package-private in {@code ui}; each page others may link to implements one of the
 * markers below, and links are built from the registered route that implements it ({@link Routes}).
 */
public final class SecurityNavigation {

    /** The sign-in page. */
    public interface LoginRoute {
    }

    /** "Wachtwoord vergeten?": where anyone asks for a link to choose a new password (in organisation). */
    public interface PasswordRecoveryRoute {
    }

    public static String passwordRecovery() {
        return Routes.location(PasswordRecoveryRoute.class);
    }

    /** The signed-in person's sign-in security (previous sign-in, two-factor sign-in). */
    public interface AccountSecurityRoute {
    }

    public static String accountSecurity() {
        return Routes.location(AccountSecurityRoute.class);
    }

    public static String login() {
        return Routes.location(LoginRoute.class);
    }

    private SecurityNavigation() {
    }
}
