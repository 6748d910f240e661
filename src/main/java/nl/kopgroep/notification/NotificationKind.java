package nl.kopgroep.notification;

import java.util.Locale;

/** What a notification is about; its text comes from {@code notification.<kind>}. */
public enum NotificationKind {
    ENTRY_SHARED, FEEDBACK_RECEIVED, ANSWER_RECEIVED;

    public String messageKey() {
        return "notification." + name().toLowerCase(Locale.ROOT);
    }
}
