package nl.kopgroep.mail;

import java.util.Locale;

/** How often a person wants mail of one topic. */
public enum MailFrequency {
    /** A mail of its own as soon as it happens. */
    IMMEDIATE,
    /** Gathered in one mail a day, at the installation's digest time. */
    DAILY,
    /** Gathered in one mail a week, on the installation's digest day. */
    WEEKLY,
    /** No mail; the app still shows it. */
    NONE;

    public String labelKey() {
        return "mail.frequency." + name().toLowerCase(Locale.ROOT);
    }
}
