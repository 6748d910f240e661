package nl.kopgroep.mail;

/** The app's paths that mails link to and that belong to this package. */
public final class MailLinks {

    /** The signed-in person's mail settings. */
    public static final String SETTINGS_PATH = "/meldingen";
    /** The page an unsubscribe link in a mail's body opens: {@code /afmelden/<token>} (asks before it changes anything). */
    public static final String UNSUBSCRIBE_PAGE = "afmelden";
    /** RFC 8058 one-click unsubscribe: a POST with {@code List-Unsubscribe=One-Click} to {@code /mail/afmelden/<token>}. */
    public static final String ONE_CLICK_PATH = "/mail/afmelden/";

    private MailLinks() {
    }
}
