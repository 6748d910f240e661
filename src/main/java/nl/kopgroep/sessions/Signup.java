package nl.kopgroep.sessions;

import java.time.Instant;
import nl.kopgroep.base.UserId;
import org.jspecify.annotations.Nullable;

/** One row of {@code session_signup}. */
record Signup(long id, SessionId session, UserId person, SignupStatus status, @Nullable Integer position,
              @Nullable UserId invitedBy, boolean attended, Instant signedUpAt) {
}
