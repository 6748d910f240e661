package nl.kopgroep.journal;

import java.time.Instant;

/**
 * One message under an entry; {@code fromAuthor} tells the author's answers from the coach's feedback. An empty
 * {@code writerName}: the writer's account was erased (the message stays in the author's record).
 */
public record FeedbackMessage(String writerName, boolean fromAuthor, String body, Instant createdAt) {
}
