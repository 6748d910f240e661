package nl.kopgroep.programme;

import java.time.LocalDate;

/** When a module window (months after a cohort's start) opens and closes, and a module's status. */
final class Schedule {

    private Schedule() {
    }

    /** The first day of month {@code from}: month 1 starts on the cohort's start date. */
    static LocalDate opens(LocalDate cohortStart, int from) {
        return cohortStart.plusMonths(from - 1L);
    }

    /** The last day of month {@code to}. */
    static LocalDate closes(LocalDate cohortStart, int to) {
        return cohortStart.plusMonths(to).minusDays(1);
    }

    static ModuleStatus status(LocalDate today, LocalDate opens, LocalDate closes, int done, int total) {
        if (total > 0 && done >= total) {
            return ModuleStatus.DONE;
        }
        if (today.isBefore(opens)) {
            return ModuleStatus.UPCOMING;
        }
        if (today.isAfter(closes)) {
            return ModuleStatus.OVERDUE;
        }
        return ModuleStatus.OPEN;
    }
}
