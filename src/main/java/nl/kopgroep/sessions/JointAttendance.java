package nl.kopgroep.sessions;

import java.util.List;

/** A joint programme's attendance per taking-part municipality, for its regiegemeente's administrators. */
public record JointAttendance(String programme, int sessionsHeld, List<CohortAttendance> municipalities) {
}
