package nl.kopgroep.programme;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A module with its lessons; {@code schedule} only for a participant in a cohort. */
public record ModulePage(ModuleSummary module, @Nullable ScheduledModule schedule, List<LessonSummary> lessons) {
}
