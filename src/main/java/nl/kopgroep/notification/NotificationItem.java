package nl.kopgroep.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One notification for the signed-in person. */
public record NotificationItem(long id, NotificationKind kind, String actorName, String subject,
                               @Nullable NotificationTarget target,
                               Instant createdAt, boolean read) {
}
