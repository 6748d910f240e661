package nl.kopgroep.journal;

import java.util.List;
import nl.kopgroep.base.UserId;

/** Published when an entry becomes readable by the author's coaches (shared with coach or group). */
public record EntryShared(ReflectionId entry, String authorName, String title, List<UserId> coaches) {
}
