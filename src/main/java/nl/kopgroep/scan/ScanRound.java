package nl.kopgroep.scan;

import java.time.LocalDate;

/**
 * One round of the scan in a cohort's schedule: round 0–4 at month 0, 6, 12, 18 and 24 of the programme, open from
 * {@code opensOn}, due on {@code dueOn}. {@code overdue} when the reader has not submitted by then.
 */
public record ScanRound(int round, int month, LocalDate opensOn, LocalDate dueOn, RoundStatus status, boolean overdue) {

    /** Whether the reader may still change their scores. */
    public boolean fillable() {
        return status == RoundStatus.OPEN;
    }
}
