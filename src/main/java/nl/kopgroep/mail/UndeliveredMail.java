package nl.kopgroep.mail;

import java.time.Instant;
import nl.kopgroep.base.UserId;
import org.jspecify.annotations.Nullable;

/**
 * A mail the worker gave up on: the address was refused, or every attempt failed. {@code retryable}: its text is still
 * kept, so it can be sent again ({@link MailOutbox#retry}); after {@code kopgroep.mail.keep-sent} it is not.
 */
public record UndeliveredMail(long id, @Nullable UserId recipient, String address, MailTopic topic, Instant createdAt,
                              int attempts, @Nullable String error, boolean retryable) {
}
