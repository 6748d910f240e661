package nl.kopgroep.notification;

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
        COACHEE_ENTRY
    }

    static NotificationTarget ownEntry(ReflectionId entry) {
        return new NotificationTarget(Kind.OWN_ENTRY, entry.value());
    }

    static NotificationTarget coacheeEntry(ReflectionId entry) {
        return new NotificationTarget(Kind.COACHEE_ENTRY, entry.value());
    }

    public ReflectionId entry() {
        return new ReflectionId(id);
    }
}
