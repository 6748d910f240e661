package nl.kopgroep.security;

import java.time.Instant;
import nl.kopgroep.base.UserId;
import org.jspecify.annotations.Nullable;

/** One event of the audit log as an administrator sees it. The actor's address is null once the actor is erased. */
public record AuditEntry(long id, Instant occurredAt, @Nullable UserId actorId, @Nullable String actor, String action,
                         @Nullable UserId subjectId, @Nullable String target) {
}
