package nl.kopgroep.rolemodels;

import nl.kopgroep.base.ui.Routes;

/** Links to the role models' pages; the views stay package-private in {@code ui} and implement these markers. */
public final class RoleModelsNavigation {

    /** The directory for participants. */
    public interface DirectoryRoute {
    }

    /** The requests a person handles. */
    public interface RequestsRoute {
    }

    /** The administrators' directory. */
    public interface AdminRoute {
    }

    public static String directory() {
        return Routes.location(DirectoryRoute.class);
    }

    public static String requests() {
        return Routes.location(RequestsRoute.class);
    }

    public static String admin() {
        return Routes.location(AdminRoute.class);
    }

    /** The journal editor's link for a logged conversation. */
    public static String journalEntry(long request) {
        return nl.kopgroep.journal.JournalNavigation.newEntryAbout(RoleModelConversations.KIND, request);
    }

    private RoleModelsNavigation() {
    }
}
