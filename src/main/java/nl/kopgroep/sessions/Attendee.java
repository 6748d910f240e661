package nl.kopgroep.sessions;

import nl.kopgroep.base.UserId;
import org.jspecify.annotations.Nullable;

/** Someone signed up for a session, as its administrators and facilitators see them. */
public record Attendee(UserId id, String name, SignupStatus status, @Nullable Integer position, boolean attended) {
}
