package nl.kopgroep.notification;

import java.util.Locale;

/** What a notification is about; its text comes from {@code notification.untitled.<kind>}, which names the person and never the entry. */
public enum NotificationKind {
    ENTRY_SHARED, FEEDBACK_RECEIVED, ANSWER_RECEIVED, MAP_COMMENT_RECEIVED, MAP_ANSWER_RECEIVED,
    /** Issue 15: a session the recipient signed up for changed, was cancelled, they moved up, were invited, or it has a harvest (names the session). */
    SESSION_CHANGED, SESSION_CANCELLED, SESSION_MOVED_UP, SESSION_TEAM_INVITATION, SESSION_HARVEST_ADDED,
    /** Issue 15: a peer-assist request in the kennisbank was asked, accepted or declined (names the other side). */
    PEER_ASSIST_ASKED, PEER_ASSIST_ACCEPTED, PEER_ASSIST_DECLINED,
    /** Issue 15: a participant asked for a conversation with a role model (to its handlers). */
    ROLE_MODEL_REQUESTED,
    /** Issue 15: the request was accepted, declined or its meeting logged (to the participant). */
    ROLE_MODEL_ANSWERED;

    public String messageKey() {
        return "notification.untitled." + name().toLowerCase(Locale.ROOT);
    }
}
