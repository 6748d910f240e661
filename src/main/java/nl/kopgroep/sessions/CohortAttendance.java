package nl.kopgroep.sessions;

/**
 * Attendance of one group (a cohort, or a municipality's part of a joint programme) as management sees it: how many
 * participants, how many were present at least once, how many times in all. With fewer than five participants only
 * the name is shown ({@code shown} false, figures zero).
 */
public record CohortAttendance(String name, boolean shown, int participants, int reached, int attendances,
                               int sessionsHeld) {
}
