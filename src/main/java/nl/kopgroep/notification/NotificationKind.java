package nl.kopgroep.notification;

import java.util.Locale;

/** What a notification is about; its text comes from {@code notification.untitled.<kind>}, which names the person and never the entry. */
public enum NotificationKind {
    ENTRY_SHARED, FEEDBACK_RECEIVED, ANSWER_RECEIVED, MAP_COMMENT_RECEIVED, MAP_ANSWER_RECEIVED,
    /** Issue 15: a participant asked for a conversation with a role model (to its handlers). */
    ROLE_MODEL_REQUESTED,
    /** Issue 15: the request was accepted, declined or its meeting logged (to the participant). */
    ROLE_MODEL_ANSWERED;

    public String messageKey() {
        return "notification.untitled." + name().toLowerCase(Locale.ROOT);
    }
}
