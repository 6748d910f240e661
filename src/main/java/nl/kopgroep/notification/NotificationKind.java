package nl.kopgroep.notification;

import java.util.Locale;

/** What a notification is about; its text comes from {@code notification.untitled.<kind>}, which names the person and never the entry. */
public enum NotificationKind {
    ENTRY_SHARED, FEEDBACK_RECEIVED, ANSWER_RECEIVED, MAP_COMMENT_RECEIVED, MAP_ANSWER_RECEIVED,
    PEER_ASSIST_ASKED, PEER_ASSIST_ACCEPTED, PEER_ASSIST_DECLINED;

    public String messageKey() {
        return "notification.untitled." + name().toLowerCase(Locale.ROOT);
    }
}
