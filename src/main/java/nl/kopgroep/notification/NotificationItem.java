package nl.kopgroep.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One notification for the signed-in person: who did what, and where it leads; never an entry's title. */
public record NotificationItem(long id, NotificationKind kind, String actorName,
                               @Nullable NotificationTarget target,
                               Instant createdAt, boolean read) {
}
