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

    public static String login() {
        return Routes.location(LoginRoute.class);
    }

    private SecurityNavigation() {
    }
}
