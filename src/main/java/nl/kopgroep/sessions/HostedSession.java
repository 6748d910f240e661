package nl.kopgroep.sessions;

import java.util.List;

/** A session as its administrators and facilitators run it: who signed up and was present, and the harvest. */
public record HostedSession(SessionSummary summary, boolean started, List<Attendee> attendees,
                            SessionDetail.Harvest harvest) {
}
