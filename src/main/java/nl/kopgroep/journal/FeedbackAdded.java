package nl.kopgroep.journal;

import java.util.List;
import nl.kopgroep.base.UserId;

/** Published when a message is added under an entry; {@code toAuthor} when a coach wrote it. */
public record FeedbackAdded(ReflectionId entry, String title, String writerName, boolean toAuthor,
                            List<UserId> recipients) {
}
