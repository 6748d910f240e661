package nl.kopgroep.organisation;

import java.time.Instant;
import nl.kopgroep.base.UserId;

/** A one-time link for one person, to be delivered to them and to nobody else. */
public record AccountLink(Kind kind, UserId account, String email, String displayName, String url, Instant expiresAt) {

    public enum Kind { PASSWORD_RESET }

    @Override
    public String toString() {
        // Never print the link itself (it is a credential) in a log or an error message.
        return "AccountLink[" + kind + " for " + account + "]";
    }
}
