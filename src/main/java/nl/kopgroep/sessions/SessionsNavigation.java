package nl.kopgroep.sessions;

/** The sessions' addresses, for links from other pages, mails and the calendar. */
public final class SessionsNavigation {

    public static final String PATH = "bijeenkomsten";
    public static final String ADMIN_PATH = "beheer/bijeenkomsten";
    public static final String MANAGEMENT_PATH = "management/bijeenkomsten";
    /** The feed's path prefix; the token and {@code .ics} follow. */
    public static final String FEED_PATH = "/kalender/";

    private SessionsNavigation() {
    }

    /** Links in the application are relative to its base, like the other features' routes. */
    public static String sessions() {
        return PATH;
    }

    public static String session(long id) {
        return PATH + "/" + id;
    }

    public static String adminSession(long id) {
        return ADMIN_PATH + "/" + id;
    }

    /** The session's path for a mail's link (from the installation's root). */
    public static String sessionPath(long id) {
        return "/" + PATH + "/" + id;
    }
}
