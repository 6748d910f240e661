package nl.kopgroep.programme;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A participant's way through the two years: the timeline and where to continue. */
public record MyProgramme(String cohortName, LocalDate cohortStart, int programmeMonth, List<ScheduledModule> modules,
                          @Nullable NextLesson next, int lessonsDone, int lessonCount) {

    public record NextLesson(String lessonKey, String lessonTitle, String moduleTitle) {
    }
}
