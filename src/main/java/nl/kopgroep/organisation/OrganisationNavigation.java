package nl.kopgroep.organisation;

import nl.kopgroep.base.ui.Routes;

/**
 * Links to administration.
 * The views stay package-private in {@code ui}; each page others may link to implements one of the
 * markers below, and links are built from the registered route that implements it ({@link Routes}).
 */
public final class OrganisationNavigation {

    /** The start of administration (accounts). */
    public interface AdministrationRoute {
    }

    public static String administration() {
        return Routes.location(AdministrationRoute.class);
    }

    /** The signed-in person's own password change. */
    public interface PasswordChangeRoute {
    }

    public static String passwordChange() {
        return Routes.location(PasswordChangeRoute.class);
    }

    private OrganisationNavigation() {
    }
}
