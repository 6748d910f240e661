package nl.kopgroep.mail;

import java.time.Instant;
import nl.kopgroep.base.UserId;
import org.jspecify.annotations.Nullable;

/** A mail the worker gave up on: the address was refused, or every attempt failed. */
public record UndeliveredMail(long id, @Nullable UserId recipient, String address, MailTopic topic, Instant createdAt,
                              int attempts, @Nullable String error) {
}
