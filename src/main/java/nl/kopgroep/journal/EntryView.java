package nl.kopgroep.journal;

import java.time.Instant;
import nl.kopgroep.base.MunicipalRole;
import org.jspecify.annotations.Nullable;

/** An entry to read, its Markdown rendered to sanitised HTML. */
public record EntryView(ReflectionId id, String title, String authorName, boolean own, String bodyHtml,
                        Visibility visibility, @Nullable MunicipalRole municipalRole, @Nullable String lessonKey,
                        @Nullable String prompt, Instant createdAt, Instant updatedAt, @Nullable String goalTitle) {
}
