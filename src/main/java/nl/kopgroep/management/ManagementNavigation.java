package nl.kopgroep.management;

import nl.kopgroep.base.ui.Routes;

/**
 * Links to management's dashboard.
 * The views stay package-private in {@code ui}; each page others may link to implements one of the
 * markers below, and links are built from the registered route that implements it ({@link Routes}).
 */
public final class ManagementNavigation {

    /** The dashboard per theme and commitment. */
    public interface DashboardRoute {
    }

    /** The path of {@link #dashboard} without the route registry, for mail (NavigationTest checks it). */
    public static String dashboardPath() {
        return "/management";
    }

    public static String dashboard() {
        return Routes.location(DashboardRoute.class);
    }

    private ManagementNavigation() {
    }
}
