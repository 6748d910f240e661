package nl.kopgroep.journal;

import java.util.List;
import nl.kopgroep.base.UserId;

/**
 * Published when an entry becomes readable by the author's coaches (shared with coach or group).
 * It carries no title: a title is often the first words of the text.
 */
public record EntryShared(ReflectionId entry, String authorName, List<UserId> coaches) {
}
