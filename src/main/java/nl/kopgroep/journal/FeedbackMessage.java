package nl.kopgroep.journal;

import java.time.Instant;

/** One message under an entry; {@code fromAuthor} tells the author's answers from the coach's feedback. */
public record FeedbackMessage(String writerName, boolean fromAuthor, String body, Instant createdAt) {
}
