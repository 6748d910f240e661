package nl.kopgroep.journal;

import java.time.Instant;
import nl.kopgroep.base.MunicipalRole;
import nl.kopgroep.base.UserId;
import org.jspecify.annotations.Nullable;

/** An entry in a list: no body, only what identifies it. */
public record EntrySummary(ReflectionId id, UserId authorId, String title, String authorName, boolean own,
                           Visibility visibility,
                           @Nullable MunicipalRole municipalRole, @Nullable String prompt, Instant updatedAt) {
}
