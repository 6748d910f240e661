package nl.kopgroep.sessions;

import java.util.List;
import nl.kopgroep.base.UserId;
import nl.kopgroep.programme.AttendedActivities;
import nl.kopgroep.programme.AttendedActivity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The sessions a participant attended, for their programme progress ({@link AttendedActivities}). */
@Component
class SessionAttendance implements AttendedActivities {

    private final SessionStore store;

    SessionAttendance(SessionStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<UserId, Integer> attendedCounts(java.util.Collection<UserId> participants) {
        return store.attendanceCounts(participants);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AttendedActivity> attendedBy(UserId participant) {
        return store.attendedBy(participant).stream()
                .map(s -> new AttendedActivity(s.kind().labelKey(), s.title(), s.startsAt(),
                        SessionsNavigation.session(s.id().value())))
                .toList();
    }
}
