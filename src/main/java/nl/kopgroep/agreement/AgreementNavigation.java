package nl.kopgroep.agreement;

import nl.kopgroep.base.ui.Routes;

/**
 * Links to the coalition-agreement register.
 * The views stay package-private in {@code ui}; each page others may link to implements one of the
 * markers below, and links are built from the registered route that implements it ({@link Routes}).
 */
public final class AgreementNavigation {

    /** The agreement in force, its history and its import. */
    public interface AgreementRoute {
    }

    public static String agreement() {
        return Routes.location(AgreementRoute.class);
    }

    private AgreementNavigation() {
    }
}
