package nl.kopgroep.programme;

import java.time.LocalDate;

/** A module as scheduled for one cohort, with one participant's progress in it. */
public record ScheduledModule(ModuleSummary module, int windowFrom, int windowTo, LocalDate opens, LocalDate closes,
                              ModuleStatus status, int lessonsDone) {

    public int lessonCount() {
        return module.lessonCount();
    }
}
