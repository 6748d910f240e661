package nl.kopgroep.scan;

import java.time.LocalDate;

/**
 * When the rounds fall in a cohort's programme: round 0 opens on the cohort's start, each next one six months later
 * (month 0, 6, 12, 18, 24), and is due four weeks after it opens. A late scan can still be filled in.
 */
final class ScanSchedule {

    static final int ROUNDS = 5;
    static final int MONTHS_APART = 6;
    static final int DUE_AFTER_DAYS = 28;

    private ScanSchedule() {
    }

    static boolean exists(int round) {
        return round >= 0 && round < ROUNDS;
    }

    static int month(int round) {
        return round * MONTHS_APART;
    }

    static LocalDate opensOn(LocalDate cohortStart, int round) {
        return cohortStart.plusMonths(month(round));
    }

    static LocalDate dueOn(LocalDate cohortStart, int round) {
        return opensOn(cohortStart, round).plusDays(DUE_AFTER_DAYS);
    }
}
