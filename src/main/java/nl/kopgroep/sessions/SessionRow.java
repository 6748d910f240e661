package nl.kopgroep.sessions;

import java.time.Instant;
import nl.kopgroep.base.OrganisationId;
import org.jspecify.annotations.Nullable;

/** One row of {@code planned_session} as the store reads it. */
record SessionRow(SessionId id, OrganisationId organisation, SessionKind kind, String title,
                  @Nullable String description, Instant startsAt, Instant endsAt, @Nullable String place,
                  @Nullable String onlineLink, int capacity, Instant cancelDeadline, AudienceType audienceType,
                  long audienceId, boolean inviteOnly, @Nullable String moduleCode, @Nullable String competencyCode,
                  SessionStatus status, int sequence, @Nullable String harvestNotes, @Nullable Instant harvestAt,
                  Instant updatedAt) {

    boolean cancelled() {
        return status == SessionStatus.CANCELLED;
    }
}
