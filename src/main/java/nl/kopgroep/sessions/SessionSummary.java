package nl.kopgroep.sessions;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A session as a list shows it, with where the reader stands ({@code myStatus}, empty when they did not sign up).
 * Counts only: who else signed up is not part of it.
 */
public record SessionSummary(SessionId id, SessionKind kind, String title, Instant startsAt, Instant endsAt,
                             @Nullable String place, @Nullable String onlineLink, int capacity, int confirmed,
                             int waiting, SessionStatus status, AudienceType audienceType,
                             @Nullable SignupStatus myStatus, @Nullable Integer myPosition) {

    public boolean cancelled() {
        return status == SessionStatus.CANCELLED;
    }

    public boolean full() {
        return confirmed >= capacity;
    }

    public int seatsLeft() {
        return Math.max(0, capacity - confirmed);
    }
}
