package nl.kopgroep.notification;

import java.time.Instant;

/** One notification for the signed-in person. */
public record NotificationItem(long id, NotificationKind kind, String actorName, String subject, String link,
                               Instant createdAt, boolean read) {
}
