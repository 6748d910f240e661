package nl.kopgroep.notification;

import nl.kopgroep.base.UserId;
import nl.kopgroep.journal.ReflectionId;

/**
 * What a notification points at: a kind of thing and its id, never a UI address, so a renamed page
 * cannot break a stored notification. The UI turns it into a link.
 */
public record NotificationTarget(Kind kind, long id) {

    public enum Kind {
        /** The recipient's own journal entry (feedback on it). */
        OWN_ENTRY,
        /** An entry of one of the recipient's coachees (shared with them, or answered). */
        COACHEE_ENTRY,
        /** The recipient's own verbindingskaart (a coach wrote about it); the id is the recipient's. */
        OWN_MAP,
        /** The verbindingskaart of one of the recipient's coachees (they answered); the id is the coachee's. */
        COACHEE_MAP,
        /** A session the recipient signed up for or was invited to (issue 15). */
        SESSION,
        /** A peer-assist request in the kennisbank that the recipient asked or received; the id is the request's. */
        PEER_ASSIST,
        /** A request for a conversation with a role model that the recipient handles (issue 15). */
        ROLE_MODEL_REQUEST,
        /** The recipient's own request for a conversation with a role model (issue 15). */
        OWN_ROLE_MODEL_REQUEST
    }

    static NotificationTarget ownEntry(ReflectionId entry) {
        return new NotificationTarget(Kind.OWN_ENTRY, entry.value());
    }

    static NotificationTarget coacheeEntry(ReflectionId entry) {
        return new NotificationTarget(Kind.COACHEE_ENTRY, entry.value());
    }

    static NotificationTarget ownMap(UserId owner) {
        return new NotificationTarget(Kind.OWN_MAP, owner.value());
    }

    static NotificationTarget session(long session) {
        return new NotificationTarget(Kind.SESSION, session);
    }

    static NotificationTarget coacheeMap(UserId owner) {
        return new NotificationTarget(Kind.COACHEE_MAP, owner.value());
    }

    static NotificationTarget peerAssist(long request) {
        return new NotificationTarget(Kind.PEER_ASSIST, request);
    }

    /** The map's owner, for {@link Kind#OWN_MAP} and {@link Kind#COACHEE_MAP}. */
    public UserId mapOwner() {
        return new UserId(id);
    }

    public ReflectionId entry() {
        return new ReflectionId(id);
    }
}
