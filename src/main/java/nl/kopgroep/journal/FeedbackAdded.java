package nl.kopgroep.journal;

import java.util.List;
import nl.kopgroep.base.UserId;

/** Published when a message is added under an entry; {@code toAuthor} when a coach wrote it. No title, no text. */
public record FeedbackAdded(ReflectionId entry, String writerName, boolean toAuthor, List<UserId> recipients) {
}
