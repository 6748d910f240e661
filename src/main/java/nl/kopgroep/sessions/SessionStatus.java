package nl.kopgroep.sessions;

/** A session goes ahead or is called off (a cancelled session stays, so calendars learn it is cancelled). */
public enum SessionStatus {
    PLANNED, CANCELLED
}
