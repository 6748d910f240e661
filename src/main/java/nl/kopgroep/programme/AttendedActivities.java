package nl.kopgroep.programme;

import java.util.List;
import nl.kopgroep.base.UserId;

/**
 * The activities a participant attended, from a feature the programme cannot depend on (sessions). Answers for any
 * participant, like a directory: only {@link ProgrammeService}, after it has authorised the caller, asks.
 */
public interface AttendedActivities {

    /** What this participant attended, oldest first. */
    List<AttendedActivity> attendedBy(UserId participant);

    /** For each of these participants, how many activities they attended (absent: none); one query, whatever their number. */
    java.util.Map<UserId, Integer> attendedCounts(java.util.Collection<UserId> participants);
}
