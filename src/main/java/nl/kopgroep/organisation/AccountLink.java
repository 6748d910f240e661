package nl.kopgroep.organisation;

import java.time.Instant;
import nl.kopgroep.base.UserId;

/**
 * A one-time link for one person, to be delivered to them and to nobody else: the path inside the app
 * (with the token) and until when it works.
 */
public record AccountLink(Kind kind, UserId account, String path, Instant expiresAt) {

    /** Why the person gets the link; each kind has its own mail text. */
    public enum Kind { INVITATION, PASSWORD_RESET, PASSWORD_RECOVERY }

    @Override
    public String toString() {
        // Never print the link itself (it is a credential) in a log or an error message.
        return "AccountLink[" + kind + " for " + account + "]";
    }
}
